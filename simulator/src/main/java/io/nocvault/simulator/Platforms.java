package io.nocvault.simulator;

import io.nocvault.simulator.internal.cli.Platform;
import java.util.List;

/** The platforms the simulator emulates: the keys of docs/platforms.md. */
public final class Platforms {

    private Platforms() {}

    /** All platform keys, in the order of docs/platforms.md. */
    public static List<String> keys() {
        return Platform.keys();
    }
}
