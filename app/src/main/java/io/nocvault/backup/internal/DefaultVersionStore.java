package io.nocvault.backup.internal;

import io.nocvault.backup.BackupVersion;
import io.nocvault.backup.BlobCorruptException;
import io.nocvault.backup.StoreOutcome;
import io.nocvault.backup.VersionDeleted;
import io.nocvault.backup.VersionFilter;
import io.nocvault.backup.VersionPage;
import io.nocvault.backup.VersionStore;
import io.nocvault.backup.store.BlobStore;
import io.nocvault.common.ConflictException;
import io.nocvault.common.NotFoundException;
import io.nocvault.common.Origin;
import io.nocvault.common.Paging;
import io.nocvault.noc.NocScope;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link VersionStore} on {@code backup_versions} and the {@link BlobStore}, scoped by {@link NocScope}. */
@Component
class DefaultVersionStore implements VersionStore {

    private final VersionRecorder recorder;
    private final VersionRows rows;
    private final VersionListing listing;
    private final BlobStore store;
    private final BlobCollector collector;
    private final IntegrityMarker integrity;
    private final QuotaGuard quota;
    private final NocScope scope;
    private final StoreLock lock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    DefaultVersionStore(
            VersionRecorder recorder,
            VersionRows rows,
            VersionListing listing,
            BlobStore store,
            BlobCollector collector,
            IntegrityMarker integrity,
            QuotaGuard quota,
            NocScope scope,
            StoreLock lock,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.recorder = recorder;
        this.rows = rows;
        this.listing = listing;
        this.store = store;
        this.collector = collector;
        this.integrity = integrity;
        this.quota = quota;
        this.scope = scope;
        this.lock = lock;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public StoreOutcome record(long deviceId, long nocId, String raw, String normalized, Long runId, Instant at) {
        scope.require(nocId, "NOC", nocId);
        return recorder.record(deviceId, nocId, raw, normalized, runId, at);
    }

    @Override
    public Optional<BackupVersion> latest(long deviceId) {
        return rows.latest(deviceId).filter(version -> scope.canSee(version.nocId()));
    }

    @Override
    public List<BackupVersion> versions(long deviceId) {
        return rows.ofDevice(deviceId).stream()
                .filter(version -> scope.canSee(version.nocId()))
                .toList();
    }

    @Override
    public BackupVersion get(long versionId) {
        BackupVersion version =
                rows.find(versionId).orElseThrow(() -> new NotFoundException("Backup version", versionId));
        scope.require(version.nocId(), "Backup version", versionId);
        return version;
    }

    @Override
    public String read(long versionId) {
        BackupVersion version = get(versionId);
        return text(version, version.blobId());
    }

    @Override
    public String readNormalized(long versionId) {
        BackupVersion version = get(versionId);
        return text(version, version.normalizedSha256());
    }

    private String text(BackupVersion version, String blobId) {
        try {
            return new String(store.get(blobId), StandardCharsets.UTF_8);
        } catch (BlobCorruptException e) {
            integrity.corrupt(version, e);
            throw e;
        }
    }

    @Override
    public VersionPage list(VersionFilter filter, Paging paging) {
        return listing.page(filter, paging, scope.listedSqlCondition("v.noc_id"));
    }

    @Override
    public void delete(long versionId, Origin origin) {
        BackupVersion version = get(versionId);
        lock.forDevice(
                version.deviceId(),
                () -> transaction.execute(status -> {
                    rows.lockDevice(version.deviceId());
                    BackupVersion latest = rows.latest(version.deviceId()).orElseThrow();
                    if (latest.id() == versionId) {
                        throw new ConflictException(null, "The latest version of a device is never deleted");
                    }
                    rows.delete(versionId);
                    events.publishEvent(new VersionDeleted(
                            origin,
                            versionId,
                            version.deviceId(),
                            version.nocId(),
                            version.blobId(),
                            version.firstSeen()));
                    return versionId;
                }));
        collector.collect(List.of(version.blobId(), version.normalizedSha256()));
        quota.evaluate();
    }
}
