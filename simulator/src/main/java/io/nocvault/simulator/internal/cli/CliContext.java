package io.nocvault.simulator.internal.cli;

import io.nocvault.simulator.internal.DeviceState;
import java.util.List;
import java.util.function.Consumer;

/** What a platform's CLI can see and do in one interactive session. */
public interface CliContext {

    DeviceState device();

    /** The authenticated user (RouterOS login flags such as {@code +ct} removed). */
    String user();

    /** The login name exactly as the client sent it. */
    String loginName();

    boolean privileged();

    void setPrivileged(boolean privileged);

    boolean pagingOff();

    void setPagingOff(boolean off);

    /** A platform-defined mode name; empty in the normal command mode. */
    String mode();

    void setMode(String mode);

    /** Lines collected in a configuration or load mode. */
    List<String> pushed();

    /** Prints these lines, then the prompt. */
    void reply(List<String> lines);

    default void reply(String... lines) {
        reply(List.of(lines));
    }

    /** Prints config output (paged unless {@code noPager}, subject to the config faults), then the prompt. */
    void replyConfig(List<String> lines, boolean noPager);

    /** Prints {@code prompt} and reads one line without echo, then calls {@code then} with it. */
    void askSecret(String prompt, Consumer<String> then);

    /** Prints these lines and closes the session. */
    void logout(String... lines);
}
