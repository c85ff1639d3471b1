package io.nocvault.drivers;

import java.util.Optional;

/**
 * Implemented by modules that refer to device types by key (the inventory's devices): a user-defined device type
 * still in use cannot be deleted. Every bean of this type is asked; any reason refuses the deletion with 409.
 */
public interface DeviceTypeUsage {

    /** Why the device type must stay, e.g. {@code "used by 3 devices"}; empty when this module does not use it. */
    Optional<String> reasonToKeep(String typeKey);
}
