package io.nocvault.inventory.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The hostnames and addresses already taken, in the database and by earlier rows of the file, per NOC: finds
 * duplicates within the file and against the inventory. The database's keys of a NOC are loaded once.
 */
final class ImportKeys {

    /** Where a key is taken: in the inventory, or by the row at {@code line}. */
    record Taken(boolean inInventory, long line) {}

    private final DeviceStore store;
    private final Map<Long, Boolean> loaded = new HashMap<>();
    private final Map<String, Taken> hostnames = new HashMap<>();
    private final Map<String, Taken> addresses = new HashMap<>();

    ImportKeys(DeviceStore store) {
        this.store = store;
    }

    Optional<Taken> hostname(long nocId, String hostname) {
        load(nocId);
        return Optional.ofNullable(hostnames.get(nocId + "|" + DeviceStore.key(hostname)));
    }

    Optional<Taken> address(long nocId, String address, int port) {
        load(nocId);
        return Optional.ofNullable(addresses.get(nocId + "|" + DeviceStore.key(address) + "|" + port));
    }

    void take(StoredDevice d, long line) {
        Taken taken = new Taken(false, line);
        hostnames.put(d.nocId() + "|" + DeviceStore.key(d.hostname()), taken);
        addresses.put(d.nocId() + "|" + DeviceStore.key(d.address()) + "|" + d.port(), taken);
    }

    private void load(long nocId) {
        if (loaded.putIfAbsent(nocId, Boolean.TRUE) != null) {
            return;
        }
        Taken inventory = new Taken(true, 0);
        for (String[] key : store.keysOfNoc(nocId)) {
            hostnames.put(nocId + "|" + key[0], inventory);
            addresses.put(nocId + "|" + key[1] + "|" + key[2], inventory);
        }
    }
}
