package io.nocvault.noc;

import java.util.List;
import java.util.Optional;

/** Read access to NOCs for other modules, already scoped to the caller's {@link NocScope}. */
public interface NocDirectory {

    /** The NOCs the caller may see, by name. */
    List<NocSummary> visible();

    /** The NOCs lists show (the switcher's NOC, or every visible NOC), by name. */
    List<NocSummary> listed();

    /** The NOC, when it exists and the caller may see it. */
    Optional<NocSummary> find(long nocId);

    /**
     * The NOC's jump server with its credentials opened, when the NOC exists, the caller may see it and it has
     * a jump server (empty: the NOC's devices are reached directly).
     */
    Optional<JumpServer> jumpServer(long nocId);
}
