package io.nocvault.inventory.internal;

import java.util.Collection;
import java.util.Set;

/** One way to find out which targets answer. */
interface PingProbe {

    /** A short name for logs and the API, e.g. {@code fping}. */
    String name();

    /** The targets that answered; never throws for a target that did not. */
    Set<PingTarget> reachable(Collection<PingTarget> targets);
}
