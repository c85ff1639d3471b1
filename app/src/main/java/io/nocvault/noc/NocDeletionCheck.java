package io.nocvault.noc;

import java.util.Optional;

/**
 * Implemented by modules that keep data per NOC (devices, backups…): a NOC that still owns such data cannot be
 * deleted. Every bean of this type is asked before a NOC is deleted; any reason refuses the deletion with 409.
 */
public interface NocDeletionCheck {

    /** Why the NOC must stay, e.g. {@code "12 devices"}; empty when this module holds nothing of it. */
    Optional<String> reasonToKeep(long nocId);
}
