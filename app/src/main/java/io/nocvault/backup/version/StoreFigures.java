package io.nocvault.backup.version;

import io.nocvault.backup.BackupRetention;
import io.nocvault.backup.RetentionPolicy;
import io.nocvault.backup.StoreQuota;
import io.nocvault.backup.StoreUsage;
import io.nocvault.inventory.DeviceDirectory;
import io.nocvault.inventory.DeviceSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Quota and retention figures for the API, the history panel and the store page. */
@Component
public class StoreFigures {

    private final StoreQuota quota;
    private final BackupRetention retention;
    private final ObjectProvider<DeviceDirectory> devices;
    private final VersionReader reader;

    StoreFigures(
            StoreQuota quota,
            BackupRetention retention,
            ObjectProvider<DeviceDirectory> devices,
            VersionReader reader) {
        this.quota = quota;
        this.retention = retention;
        this.devices = devices;
        this.reader = reader;
    }

    /** The store's totals and the devices using the most space. */
    public record Usage(
            long usedBytes,
            String used,
            long limitBytes,
            int warnPercent,
            double usedPercent,
            long freeDiskBytes,
            String freeDisk,
            long versions,
            long devices,
            boolean aboveWarning,
            boolean aboveLimit,
            List<DeviceUsage> perDevice) {}

    /** Bytes of the blobs one device's versions refer to. */
    public record DeviceUsage(long deviceId, String hostname, long usedBytes, String used) {}

    /** A device's own retention policy. */
    public record Override(long deviceId, String hostname, PolicyJson policy) {}

    /** The totals and, for the visible devices, the {@code limit} largest users of space. */
    public Usage usage(int limit) {
        StoreUsage u = quota.usage();
        List<DeviceUsage> perDevice = new ArrayList<>();
        DeviceDirectory directory = devices.getIfAvailable();
        if (directory != null && limit > 0) {
            for (DeviceSummary device : directory.visible()) {
                long used = quota.deviceUsedBytes(device.id());
                if (used > 0) {
                    perDevice.add(new DeviceUsage(device.id(), device.hostname(), used, StoreUsage.human(used)));
                }
            }
        }
        perDevice.sort(Comparator.comparingLong(DeviceUsage::usedBytes).reversed());
        return new Usage(
                u.usedBytes(),
                StoreUsage.human(u.usedBytes()),
                u.limitBytes(),
                u.warnPercent(),
                Math.round(u.usedPercent() * 10) / 10.0,
                u.freeDiskBytes(),
                StoreUsage.human(u.freeDiskBytes()),
                u.versions(),
                u.devices(),
                u.aboveWarning(),
                u.aboveLimit(),
                perDevice.stream().limit(Math.max(0, limit)).toList());
    }

    /** One device's usage. */
    public DeviceUsage deviceUsage(long deviceId) {
        long used = quota.deviceUsedBytes(deviceId);
        return new DeviceUsage(deviceId, reader.hostname(deviceId), used, StoreUsage.human(used));
    }

    /** The overrides of the listed NOCs' devices. */
    public List<Override> overrides() {
        List<Override> result = new ArrayList<>();
        for (Map.Entry<Long, RetentionPolicy> entry : retention.overrides().entrySet()) {
            result.add(new Override(entry.getKey(), reader.hostname(entry.getKey()), PolicyJson.of(entry.getValue())));
        }
        return result;
    }
}
