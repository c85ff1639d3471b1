package io.nocvault.backup.internal;

import io.nocvault.inventory.DeviceDeleted;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A deleted device takes its versions, its retention override and its lock row with it; then the blobs nothing
 * needs any more are removed (after the commit, like every other removal).
 */
@Component
class DeviceVersionsPurge {

    private static final Logger log = LoggerFactory.getLogger(DeviceVersionsPurge.class);

    private final JdbcClient jdbc;
    private final VersionRows rows;
    private final StoreLock lock;
    private final BlobCollector collector;
    private final QuotaGuard quota;
    private final TransactionTemplate transaction;

    DeviceVersionsPurge(
            JdbcClient jdbc,
            VersionRows rows,
            StoreLock lock,
            BlobCollector collector,
            QuotaGuard quota,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.lock = lock;
        this.collector = collector;
        this.quota = quota;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehaviorName("PROPAGATION_REQUIRES_NEW");
    }

    @ApplicationModuleListener
    void on(DeviceDeleted event) {
        int removed = purge(event.deviceId());
        if (removed > 0) {
            log.info("Removed {} backup version(s) of deleted device {}", removed, event.deviceId());
        }
    }

    /** Deletes every version of the device; answers how many there were. */
    int purge(long deviceId) {
        List<String> candidates = new ArrayList<>();
        int versions = lock.forDevice(
                deviceId,
                () -> transaction.execute(status -> {
                    rows.lockDevice(deviceId);
                    rows.ofDevice(deviceId).forEach(version -> {
                        candidates.add(version.blobId());
                        candidates.add(version.normalizedSha256());
                    });
                    int deleted = jdbc.sql("delete from backup_versions where device_id = :device")
                            .param("device", deviceId)
                            .update();
                    jdbc.sql("delete from backup_retention_overrides where device_id = :device")
                            .param("device", deviceId)
                            .update();
                    jdbc.sql("delete from backup_devices where device_id = :device")
                            .param("device", deviceId)
                            .update();
                    return deleted;
                }));
        collector.collect(candidates);
        quota.evaluate();
        return versions;
    }
}
