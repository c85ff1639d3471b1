package io.nocvault.backup.internal;

import io.nocvault.backup.QuotaExceeded;
import io.nocvault.backup.QuotaExceededException;
import io.nocvault.backup.QuotaWarning;
import io.nocvault.backup.StoreQuota;
import io.nocvault.backup.StoreUsage;
import io.nocvault.backup.store.BlobStore;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The quota: usage figures, the refusal of new versions above the limit, and the events. {@link QuotaWarning} and
 * {@link QuotaExceeded} are published when usage crosses the threshold upwards, once per crossing; dropping below
 * re-arms them. The level starts at "normal" with each start of the application, so a store that is still above a
 * threshold is announced once after a restart. Call outside transactions, so the events are delivered at once.
 */
@Component
class QuotaGuard implements StoreQuota {

    private enum Level {
        NORMAL,
        WARNING,
        EXCEEDED
    }

    private final BlobStore blobs;
    private final VersionRows versions;
    private final BackupStoreProperties.Quota quota;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private Level level = Level.NORMAL;

    QuotaGuard(
            BlobStore blobs,
            VersionRows versions,
            BackupStoreProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.blobs = blobs;
        this.versions = versions;
        this.quota = properties.quota();
        this.events = events;
        this.clock = clock;
    }

    @Override
    public StoreUsage usage() {
        return new StoreUsage(
                blobs.usedBytes(),
                limit(),
                quota.warnAt(),
                blobs.freeBytes(),
                versions.count(),
                versions.deviceCount());
    }

    @Override
    public long deviceUsedBytes(long deviceId) {
        return versions.storedBytes(deviceId);
    }

    /** Throws {@link QuotaExceededException} (after announcing the crossing) when no new version may be stored. */
    void checkRoomForNewVersion() {
        long used = blobs.usedBytes();
        if (evaluate(used) == Level.EXCEEDED) {
            throw new QuotaExceededException(used, limit());
        }
    }

    /** Re-evaluates the level after the store grew or shrank. */
    void evaluate() {
        evaluate(blobs.usedBytes());
    }

    private synchronized Level evaluate(long used) {
        long limit = limit();
        Level now = levelOf(new StoreUsage(used, limit, quota.warnAt(), 0, 0, 0));
        if (now.compareTo(level) > 0) {
            if (level == Level.NORMAL) {
                events.publishEvent(new QuotaWarning(used, limit, quota.warnAt(), clock.instant()));
            }
            if (now == Level.EXCEEDED) {
                events.publishEvent(new QuotaExceeded(used, limit, clock.instant()));
            }
        }
        level = now;
        return now;
    }

    private static Level levelOf(StoreUsage usage) {
        if (usage.aboveLimit()) {
            return Level.EXCEEDED;
        }
        return usage.aboveWarning() ? Level.WARNING : Level.NORMAL;
    }

    private long limit() {
        return quota.limit().toBytes();
    }
}
