package io.nocvault.reporting.internal;

import io.nocvault.backup.StoreStatistics;
import io.nocvault.backup.StoreStatistics.DeviceStorage;
import io.nocvault.inventory.DeviceDirectory;
import io.nocvault.inventory.DeviceSummary;
import java.util.List;
import org.springframework.stereotype.Service;

/** Storage by device: the store's largest devices with their hostnames. */
@Service
public class StorageFigures {

    public static final int MAX_LIMIT = 100;

    private final StoreStatistics store;
    private final DeviceDirectory devices;

    StorageFigures(StoreStatistics store, DeviceDirectory devices) {
        this.store = store;
        this.devices = devices;
    }

    /** The {@code limit} (1..{@value #MAX_LIMIT}) listed devices with the most stored bytes. */
    public List<StorageRow> top(int limit) {
        return store.topDevices(Math.clamp(limit, 1, MAX_LIMIT)).stream()
                .map(this::row)
                .toList();
    }

    private StorageRow row(DeviceStorage s) {
        String hostname =
                devices.find(s.deviceId()).map(DeviceSummary::hostname).orElse("device " + s.deviceId());
        return new StorageRow(
                s.deviceId(),
                hostname,
                s.nocId(),
                s.versions(),
                s.bytes(),
                Math.round(s.bytes() / 10485.76) / 100.0,
                s.averageBytes());
    }

    /** One device's stored versions; {@code megabytes} rounded to two decimals. */
    public record StorageRow(
            long deviceId,
            String hostname,
            long nocId,
            long versions,
            long bytes,
            double megabytes,
            long averageBytes) {}
}
