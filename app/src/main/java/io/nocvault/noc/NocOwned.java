package io.nocvault.noc;

/**
 * An object that belongs to one NOC. JPA entities that implement it register {@link NocScopeGuard} with
 * {@code @EntityListeners(NocScopeGuard.class)}; the guard refuses to load or write an object of a NOC the caller
 * may not see.
 */
public interface NocOwned {

    /** The id of the owning NOC; never {@code null} once stored. */
    Long getNocId();

    /** What the object is called in a "not found" answer, e.g. {@code Device}. */
    default String scopedKind() {
        return getClass().getSimpleName();
    }
}
