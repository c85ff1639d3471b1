package io.nocvault.backup.version;

import io.nocvault.backup.BackupRetention;
import io.nocvault.backup.RetentionPolicy;
import io.nocvault.backup.StoreQuota;
import io.nocvault.backup.StoreStatistics;
import io.nocvault.backup.StoreUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Quota and retention figures for the API, the history panel and the store page. */
@Component
public class StoreFigures {

    private final StoreQuota quota;
    private final StoreStatistics statistics;
    private final BackupRetention retention;
    private final VersionReader reader;

    StoreFigures(StoreQuota quota, StoreStatistics statistics, BackupRetention retention, VersionReader reader) {
        this.quota = quota;
        this.statistics = statistics;
        this.retention = retention;
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

    /** Stored bytes of one device's versions ({@link StoreQuota#deviceUsedBytes}). */
    public record DeviceUsage(long deviceId, String hostname, long usedBytes, String used) {}

    /** A device's own retention policy. */
    public record Override(long deviceId, String hostname, PolicyJson policy) {}

    /**
     * The totals and, for the listed devices, the {@code limit} largest users of space (one query over the devices'
     * running totals, then the hostnames of those shown).
     */
    public Usage usage(int limit) {
        StoreUsage u = quota.usage();
        List<DeviceUsage> perDevice = limit <= 0
                ? List.of()
                : statistics.topStoredDevices(limit).stream()
                        .map(d -> new DeviceUsage(
                                d.deviceId(),
                                reader.hostname(d.deviceId()),
                                d.storedBytes(),
                                StoreUsage.human(d.storedBytes())))
                        .toList();
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
                perDevice);
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
