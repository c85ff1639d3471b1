package io.nocvault.noc;

import java.util.Optional;
import java.util.Set;

/**
 * Which NOCs the caller may see: the one scoping rule for every query of NOC-owned data. Head admins and
 * background work (no user) see every NOC; everyone else sees the NOCs granted to him. An object of another NOC
 * must answer 404, never the object: use {@link #require}.
 */
public interface NocScope {

    /** True for head admins and for background work without a user. */
    boolean unrestricted();

    /** The NOCs the caller may see (every NOC id when unrestricted). */
    Set<Long> visibleNocIds();

    /** The NOC chosen in the navbar switcher, if any; always one of {@link #visibleNocIds()}. */
    Optional<Long> selectedNocId();

    /** What lists show: the selected NOC, or every visible NOC when none is selected. */
    Set<Long> listedNocIds();

    boolean canSee(Long nocId);

    /** Throws {@link io.nocvault.common.NotFoundException} for {@code what id} when the NOC is not visible. */
    void require(Long nocId, String what, Object id);
}
