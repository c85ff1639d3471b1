package io.nocvault.simulator;

import java.security.PublicKey;
import java.util.Set;

/** Handle on one simulated device of a running {@link Simulator}. All methods are thread-safe. */
public interface SimulatedDevice {

    /** The platform key of docs/platforms.md, e.g. {@code cisco_ios}. */
    String platform();

    String hostname();

    /** Always the loopback address {@code 127.0.0.1}. */
    String host();

    int port();

    String username();

    String password();

    /** The enable password, or {@code null} when {@code enable} asks for none. */
    String enableSecret();

    /** Replaces the active faults by this one; {@link Fault#NONE} clears them. */
    void setFault(Fault fault);

    /** Replaces the active faults by these (they combine, e.g. {@code ANSI} and {@code CHAR_ECHO}). */
    void setFaults(Set<Fault> faults);

    /** The active faults, empty when the device behaves normally. */
    Set<Fault> faults();

    /**
     * Changes the config deterministically so that the next read differs in non-volatile lines: one description is
     * rewritten, one static route (or equivalent entry) is added and, when there are two or more, the oldest is
     * removed. Returns the new {@link #currentConfig()}.
     */
    String mutateConfig();

    /**
     * Replaces the config by exactly this text. Every read prints it as given, except that lines the platform
     * treats as volatile (docs/platforms.md) get fresh values, as on a real device.
     */
    void setConfig(String config);

    /**
     * The config without its volatile parts, as a reader normalises it: the platform's volatile and header lines
     * removed, FortiOS {@code ENC} values written as {@code ENC <removed>}; lines end in {@code \n}. Does not count as
     * a read.
     */
    String currentConfig();

    /**
     * The config exactly as the config command would print it now (fresh volatile values, lines ending in
     * {@code \n}); counts as a read.
     */
    String readConfig();

    /** Replaces the host key by a newly generated one; sessions opened afterwards see the new key. */
    void rotateHostKey();

    /** The host key presented to new sessions. */
    PublicKey hostKey();
}
