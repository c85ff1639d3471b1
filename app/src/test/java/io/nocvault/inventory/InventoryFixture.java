package io.nocvault.inventory;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Unique devices for tests that share an application context. */
final class InventoryFixture {

    private static final AtomicInteger PORTS = new AtomicInteger(20000);

    private InventoryFixture() {}

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A cisco_ios device on 127.0.0.1 with a port of its own. */
    static NewDevice device(long nocId, String prefix) {
        return new NewDevice(
                unique(prefix),
                "127.0.0.1",
                PORTS.incrementAndGet(),
                nocId,
                "cisco_ios",
                "admin",
                "s3cret-pass",
                "en-s3cret",
                Set.of("core", "lab"),
                "test device",
                true);
    }
}
