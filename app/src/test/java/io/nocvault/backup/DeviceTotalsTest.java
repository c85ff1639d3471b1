package io.nocvault.backup;

import static io.nocvault.backup.StoreFixture.change;
import static io.nocvault.backup.StoreFixture.config;
import static io.nocvault.backup.StoreFixture.newDeviceId;
import static io.nocvault.backup.StoreFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.nocvault.backup.StoreStatistics.DeviceStorage;
import io.nocvault.backup.store.PackBlobStore;
import io.nocvault.common.Origin;
import io.nocvault.inventory.DeviceDeleted;
import io.nocvault.test.NocVaultTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The per-device running totals in {@code backup_devices} (versions, raw bytes, stored bytes) equal a fresh sum over
 * {@code backup_versions} after recording, confirming, moving, retention, deleting a version and purging a deleted
 * device; the storage figures read them.
 */
@NocVaultTest
class DeviceTotalsTest {

    static final Instant T0 = Instant.parse("2025-05-01T02:00:00Z");

    /** A device's figures: from its running totals, or summed afresh over its versions. */
    record Totals(long versions, long bytes, long storedBytes) {}

    @Autowired
    VersionStore versions;

    @Autowired
    BackupRetention retention;

    @Autowired
    StoreStatistics statistics;

    @Autowired
    StoreQuota quota;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PackBlobStore blobs;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    long noc;
    long device;
    long other;
    long rawBytes;

    @BeforeEach
    void setUp() {
        RequestContextHolder.resetRequestAttributes();
        noc = new StoreFixture(jdbc, blobs).nocs.create("Totals");
        device = newDeviceId();
        other = newDeviceId();
    }

    List<BackupVersion> history(long deviceId, int days, long seed) {
        List<String> config = config(120, seed);
        List<BackupVersion> recorded = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            config = change(config, 1 + day, " description day " + day);
            String normalized = text(config);
            String raw = "! captured on day " + day + "\n" + normalized;
            StoreOutcome outcome = versions.record(deviceId, noc, raw, normalized, null, T0.plus(day, ChronoUnit.DAYS));
            if (outcome.isNew()) {
                rawBytes += raw.getBytes(StandardCharsets.UTF_8).length;
                recorded.add(outcome.version());
            }
        }
        return recorded;
    }

    @Test
    void totalsFollowEveryInsertAndDelete() {
        List<BackupVersion> mine = history(device, 6, 11);
        long myRawBytes = rawBytes;
        assertThat(mine).hasSize(6);
        assertThat(totals(device)).isEqualTo(freshSum(device));
        assertThat(totals(device).versions()).isEqualTo(6);
        assertThat(totals(device).bytes()).isEqualTo(myRawBytes);
        assertThat(totals(device).storedBytes()).isPositive();

        String same = versions.read(mine.get(0).id());
        versions.record(other, noc, same, same, null, T0).version();
        versions.record(other, noc, same, same, null, T0.plusSeconds(60));
        BackupVersion second = versions.record(other, noc, same + "!\n", same + "!\n", null, T0.plusSeconds(120))
                .version();
        versions.record(other, noc, same, same, null, T0.plusSeconds(180));
        assertThat(totals(other))
                .as("raw and normalized are one blob, counted twice; an unchanged capture adds nothing")
                .isEqualTo(freshSum(other));
        assertThat(totals(other).versions()).isEqualTo(3);

        long movedNoc = new StoreFixture(jdbc, blobs).nocs.create("Totals moved");
        List<String> moved = change(config(120, 11), 40, " description moved");
        versions.record(device, movedNoc, text(moved), text(moved), null, T0.plus(10, ChronoUnit.DAYS));
        assertThat(totals(device)).isEqualTo(freshSum(device));
        assertThat(totals(device).versions()).isEqualTo(7);

        retention.setOverride(device, movedNoc, new RetentionPolicy(2, 0, 0, 0, 0, 0, null), Origin.system());
        RetentionResult result = retention.apply(device, Origin.system());
        assertThat(result.forgotten()).isEqualTo(5);
        assertThat(totals(device)).isEqualTo(freshSum(device));
        assertThat(totals(device).versions()).isEqualTo(2);

        versions.delete(second.id(), Origin.system());
        assertThat(totals(other)).isEqualTo(freshSum(other));
        assertThat(totals(other).versions()).isEqualTo(2);

        assertThat(storage(device)).hasValueSatisfying(s -> {
            assertThat(new Totals(s.versions(), s.bytes(), s.storedBytes())).isEqualTo(freshSum(device));
            assertThat(s.nocId()).isEqualTo(movedNoc);
        });
        assertThat(quota.deviceUsedBytes(other)).isEqualTo(freshSum(other).storedBytes());

        new TransactionTemplate(transactions)
                .executeWithoutResult(
                        status -> events.publishEvent(new DeviceDeleted(other, noc, "totals-other", Origin.system())));
        awaitPurged(other);
        assertThat(storage(other)).isEmpty();
        assertThat(quota.deviceUsedBytes(other)).isZero();
        assertThat(totals(device)).isEqualTo(freshSum(device));
    }

    @Test
    void largestDevicesComeFromTheTotalsInOrder() {
        history(device, 2, 21);
        history(other, 5, 22);

        List<Long> byBytes = statistics.topDevices(1000).stream()
                .map(DeviceStorage::deviceId)
                .filter(id -> id == device || id == other)
                .toList();
        List<Long> byStored = statistics.topStoredDevices(1000).stream()
                .map(DeviceStorage::deviceId)
                .filter(id -> id == device || id == other)
                .toList();

        assertThat(byBytes).containsExactly(other, device);
        assertThat(byStored).containsExactly(other, device);
        assertThat(storage(other).orElseThrow().versions()).isEqualTo(5);
    }

    private Optional<DeviceStorage> storage(long deviceId) {
        return statistics.topDevices(1000).stream()
                .filter(s -> s.deviceId() == deviceId)
                .findFirst();
    }

    private Totals totals(long deviceId) {
        return jdbc.sql("select versions, bytes, stored_bytes from backup_devices where device_id = :device")
                .param("device", deviceId)
                .query((rs, n) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
    }

    private Totals freshSum(long deviceId) {
        return jdbc.sql("""
                        select count(*), coalesce(sum(v.size), 0), coalesce(sum(r.stored_size + n.stored_size), 0)
                        from backup_versions v
                        join backup_blobs r on r.id = v.blob_id
                        join backup_blobs n on n.id = v.normalized_sha256
                        where v.device_id = :device
                        """)
                .param("device", deviceId)
                .query((rs, n) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
    }

    private void awaitPurged(long deviceId) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            long rows = jdbc.sql("select count(*) from backup_devices where device_id = :device")
                    .param("device", deviceId)
                    .query(Long.class)
                    .single();
            if (rows == 0) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("device " + deviceId + " was not purged");
    }
}
