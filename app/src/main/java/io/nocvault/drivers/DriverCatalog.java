package io.nocvault.drivers;

import java.util.List;
import java.util.Optional;

/**
 * Every driver NocVault knows: the built-ins from {@code classpath:drivers/*.yaml} and the user-defined device
 * types from the database, each resolved (inheritance applied) and validated.
 */
public interface DriverCatalog {

    /** The driver with this key, if any. */
    Optional<Driver> find(String key);

    /** The driver with this key; throws {@link io.nocvault.common.NotFoundException} when there is none. */
    Driver get(String key);

    /** All drivers, built-ins first, each group ordered by key. */
    List<Driver> all();
}
