package io.nocvault.simulator;

/**
 * A misbehaviour a simulated device can be switched into at runtime with {@link SimulatedDevice#setFault(Fault)}.
 * Faults are read live: a change applies to the next login, prompt, keystroke or command of every session.
 */
public enum Fault {
    /** Behaves like the real platform. */
    NONE,
    /** Every authentication attempt fails (password, keyboard-interactive and public key). */
    WRONG_PASSWORD,
    /**
     * {@code enable} always asks for the password, even without an enable secret, and rejects it ({@code % Bad secrets},
     * EOS {@code % Access denied}).
     */
    ENABLE_REFUSED,
    /** The config is sent in about 30 small chunks, 100 ms apart (about 3 s in total). */
    SLOW_OUTPUT,
    /** The config stops after half of its lines; the connection stays open and nothing more is ever sent. */
    HANG,
    /** The config stops after half of its lines and the TCP connection is closed. */
    DROP_MID_CONFIG,
    /** Random bytes instead of banner and prompt after login; every Enter gets more of them. */
    GARBAGE,
    /** The prompt is {@code ???} instead of the platform's prompt; commands still work. */
    UNEXPECTED_PROMPT,
    /** Only {@code \r} is Enter; {@code \n} is dropped without echo. */
    CR_ONLY,
    /** Input is echoed one character at a time, 8 ms apart; all output goes out in fragments of 1 to 7 bytes. */
    CHAR_ECHO,
    /** Prompts are coloured with ANSI escape codes and every output line starts with an erase-line sequence. */
    ANSI
}
