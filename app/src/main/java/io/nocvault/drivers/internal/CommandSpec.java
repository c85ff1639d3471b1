package io.nocvault.drivers.internal;

import io.nocvault.drivers.Driver;
import io.nocvault.drivers.FailureKind;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How to run one command.
 *
 * @param text what to send
 * @param line send with the driver's newline and expect it echoed (false: raw text, no echo)
 * @param prompts prompts (tail patterns) that end the output
 * @param until instead of a prompt, a pattern whose appearance on an output line ends the wait
 * @param learnedPrompt the prompt the output is expected to end with; any other prompt match waits the settle time
 * @param endCheck for the config: a prompt after output that fails it waits the settle time
 * @param onClose the failure when the device closes the channel meanwhile
 */
record CommandSpec(
        String text,
        boolean line,
        List<Pattern> prompts,
        Pattern until,
        String learnedPrompt,
        Driver.EndOfConfig endCheck,
        FailureKind onClose) {

    static CommandSpec setup(String text, List<Pattern> prompts) {
        return new CommandSpec(text, true, prompts, null, null, null, FailureKind.CONNECTION_LOST);
    }
}
