package io.nocvault.common;

/**
 * An event that becomes an entry of "Recent actions". Every module's events that record a user or system action
 * implement it; the audit module listens to this type only, so it needs to know no module's event classes.
 * Details never contain secrets.
 */
public interface AuditableEvent {

    /** Who, from which address and user agent. */
    Origin origin();

    /** A stable dotted name, e.g. {@code user.login}, {@code noc.created}, {@code backup.run.finished}. */
    String action();

    /** What was acted on, human readable, e.g. {@code user alice} or {@code NOC East}; may be null. */
    String target();

    /** The NOC the action concerns, or {@code null} for global actions. */
    default Long nocId() {
        return null;
    }

    default boolean success() {
        return true;
    }

    /** Free text detail (no secrets), may be null. */
    default String detail() {
        return null;
    }
}
