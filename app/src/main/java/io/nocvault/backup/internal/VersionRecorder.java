package io.nocvault.backup.internal;

import io.nocvault.backup.BackupVersion;
import io.nocvault.backup.BlobCorruptException;
import io.nocvault.backup.StoreOutcome;
import io.nocvault.backup.store.BlobStore;
import io.nocvault.backup.store.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link io.nocvault.backup.VersionStore#record}: compare the normalized hash with the device's latest version,
 * then confirm it or store a new version. The device's row is locked for the transaction, so captures of one device
 * are recorded one after the other; blobs are written (and flushed) before the version row commits.
 */
@Component
class VersionRecorder {

    private final VersionRows rows;
    private final VersionBlobs versionBlobs;
    private final BlobStore store;
    private final IntegrityMarker integrity;
    private final QuotaGuard quota;
    private final StoreLock lock;
    private final Clock clock;
    private final TransactionTemplate transaction;

    VersionRecorder(
            VersionRows rows,
            VersionBlobs versionBlobs,
            BlobStore store,
            IntegrityMarker integrity,
            QuotaGuard quota,
            StoreLock lock,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.rows = rows;
        this.versionBlobs = versionBlobs;
        this.store = store;
        this.integrity = integrity;
        this.quota = quota;
        this.lock = lock;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    StoreOutcome record(long deviceId, long nocId, String raw, String normalized, Long runId, Instant at) {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(normalized, "normalized");
        Objects.requireNonNull(at, "at");
        Capture capture = Capture.of(deviceId, nocId, raw, normalized, runId, at);
        rows.ensureDevice(deviceId, nocId);
        StoreOutcome outcome = lock.forDevice(deviceId, () -> recordLocked(capture));
        if (outcome.isNew()) {
            quota.evaluate();
        }
        return outcome;
    }

    /**
     * Under the device's lock: an unchanged configuration confirms the latest version; a changed one writes its
     * blobs first, holding no database connection while they are flushed to disk, then inserts the rows in one
     * short transaction. Each transaction locks the device's row and looks at the latest version again, so another
     * node that recorded the device meanwhile is taken into account.
     */
    private StoreOutcome recordLocked(Capture capture) {
        Optional<BackupVersion> latest = rows.latest(capture.deviceId());
        if (latest.isPresent() && latest.get().normalizedSha256().equals(capture.normalizedSha256())) {
            StoreOutcome confirmed = transaction.execute(status -> confirmIfLatest(capture));
            if (confirmed != null) {
                return confirmed;
            }
            latest = rows.latest(capture.deviceId());
        }
        quota.checkRoomForNewVersion();
        BackupVersion previous = latest.orElse(null);
        LineDelta delta = LineDelta.between(previousNormalized(previous), capture.normalized());
        VersionBlobs.Files files = versionBlobs.write(capture.rawBytes(), capture.normalizedBytes(), previous);
        return transaction.execute(status -> {
            StoreOutcome confirmed = confirmIfLatest(capture);
            if (confirmed != null) {
                return confirmed; // another node stored the same configuration meanwhile
            }
            BackupVersion before = rows.latest(capture.deviceId()).orElse(null);
            boolean sameBefore = before == null ? previous == null : previous != null && before.id() == previous.id();
            LineDelta counted =
                    sameBefore ? delta : LineDelta.between(previousNormalized(before), capture.normalized());
            return insert(capture, before, counted, versionBlobs.register(files, clock.instant()));
        });
    }

    /** In a transaction: locks the device's row; confirms its latest version when it has the capture's hash. */
    private StoreOutcome confirmIfLatest(Capture capture) {
        long deviceNoc = rows.lockDevice(capture.deviceId()).orElseThrow();
        if (deviceNoc != capture.nocId()) {
            rows.moveDevice(capture.deviceId(), capture.nocId());
        }
        Optional<BackupVersion> latest = rows.latest(capture.deviceId());
        if (latest.isPresent() && latest.get().normalizedSha256().equals(capture.normalizedSha256())) {
            rows.confirm(latest.get().id(), capture.at());
            return new StoreOutcome(
                    StoreOutcome.Kind.UNCHANGED, rows.find(latest.get().id()).orElseThrow());
        }
        return null;
    }

    private StoreOutcome insert(Capture capture, BackupVersion previous, LineDelta delta, VersionBlobs.Written blobs) {
        long id = rows.insert(new VersionRows.NewVersion(
                capture.deviceId(),
                capture.nocId(),
                blobs.rawId(),
                blobs.normalizedId(),
                capture.rawBytes().length,
                (int) capture.raw().lines().count(),
                delta.added(),
                delta.removed(),
                capture.at(),
                capture.runId()));
        return new StoreOutcome(
                StoreOutcome.Kind.NEW_VERSION, rows.find(id).orElseThrow(), previous == null ? null : previous.id());
    }

    /** The previous version's normalized text; {@code null} (counts against nothing) when it cannot be read. */
    private String previousNormalized(BackupVersion previous) {
        if (previous == null) {
            return null;
        }
        try {
            return new String(store.getRecent(previous.normalizedSha256()), StandardCharsets.UTF_8);
        } catch (BlobCorruptException e) {
            integrity.corrupt(previous, e);
            return null;
        }
    }

    /** One capture to record, with its bytes and normalized hash computed once. */
    private record Capture(
            long deviceId,
            long nocId,
            String raw,
            String normalized,
            Long runId,
            Instant at,
            byte[] rawBytes,
            byte[] normalizedBytes,
            String normalizedSha256) {

        static Capture of(long deviceId, long nocId, String raw, String normalized, Long runId, Instant at) {
            byte[] normalizedBytes = normalized.getBytes(StandardCharsets.UTF_8);
            return new Capture(
                    deviceId,
                    nocId,
                    raw,
                    normalized,
                    runId,
                    at,
                    raw.getBytes(StandardCharsets.UTF_8),
                    normalizedBytes,
                    Sha256.hex(normalizedBytes));
        }
    }
}
