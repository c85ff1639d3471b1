package io.nocvault.backup.internal;

import io.nocvault.backup.BackupRetention;
import io.nocvault.backup.BackupVersion;
import io.nocvault.backup.RetentionApplied;
import io.nocvault.backup.RetentionDecision;
import io.nocvault.backup.RetentionOverrideChanged;
import io.nocvault.backup.RetentionPolicy;
import io.nocvault.backup.RetentionPreview;
import io.nocvault.backup.RetentionResult;
import io.nocvault.common.Origin;
import io.nocvault.noc.NocScope;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link BackupRetention}: plans with {@link RetentionPlanner} on the device's current versions (the device row
 * locked, so no version is recorded meanwhile), deletes the forgotten rows, commits, then lets the
 * {@link BlobCollector} remove the blobs nothing needs any more.
 */
@Component
class DefaultRetention implements BackupRetention {

    private final VersionRows rows;
    private final RetentionOverrides overrides;
    private final RetentionPlanner planner;
    private final BlobCollector collector;
    private final QuotaGuard quota;
    private final NocScope scope;
    private final StoreLock lock;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RetentionPolicy defaultPolicy;
    private final TransactionTemplate transaction;

    DefaultRetention(
            VersionRows rows,
            RetentionOverrides overrides,
            RetentionPlanner planner,
            BlobCollector collector,
            QuotaGuard quota,
            NocScope scope,
            StoreLock lock,
            ApplicationEventPublisher events,
            Clock clock,
            BackupStoreProperties properties,
            PlatformTransactionManager transactions) {
        this.rows = rows;
        this.overrides = overrides;
        this.planner = planner;
        this.collector = collector;
        this.quota = quota;
        this.scope = scope;
        this.lock = lock;
        this.events = events;
        this.clock = clock;
        this.defaultPolicy = properties.retention().policy();
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public RetentionPolicy defaultPolicy() {
        return defaultPolicy;
    }

    @Override
    public Optional<RetentionPolicy> override(long deviceId) {
        requireVisible(deviceId);
        return overrides.find(deviceId);
    }

    @Override
    public Map<Long, RetentionPolicy> overrides() {
        return overrides.all(scope.listedSqlCondition("noc_id"));
    }

    @Override
    public RetentionPolicy policyFor(long deviceId) {
        return override(deviceId).orElse(defaultPolicy);
    }

    @Override
    public void setOverride(long deviceId, long nocId, RetentionPolicy policy, Origin origin) {
        scope.require(nocId, "Device", deviceId);
        requireVisible(deviceId);
        overrides.save(deviceId, nocId, policy, clock.instant());
        events.publishEvent(new RetentionOverrideChanged(origin, deviceId, nocId, policy));
    }

    @Override
    public void removeOverride(long deviceId, Origin origin) {
        requireVisible(deviceId);
        Optional<Long> nocId = overrides.nocOf(deviceId);
        if (nocId.isPresent() && overrides.delete(deviceId)) {
            events.publishEvent(new RetentionOverrideChanged(origin, deviceId, nocId.get(), null));
        }
    }

    @Override
    public RetentionPreview preview(long deviceId) {
        requireVisible(deviceId);
        Optional<RetentionPolicy> own = overrides.find(deviceId);
        RetentionPolicy policy = own.orElse(defaultPolicy);
        List<BackupVersion> versions = rows.ofDevice(deviceId);
        return new RetentionPreview(deviceId, policy, own.isPresent(), plan(versions, policy));
    }

    @Override
    public RetentionResult apply(long deviceId, Origin origin) {
        Optional<Long> nocId = rows.nocOfDevice(deviceId);
        if (nocId.isEmpty()) {
            requireVisible(deviceId);
            return RetentionResult.NONE;
        }
        scope.require(nocId.get(), "Device", deviceId);
        RetentionResult result = applyToDevice(deviceId);
        quota.evaluate();
        if (result.forgotten() > 0) {
            events.publishEvent(new RetentionApplied(origin, deviceId, nocId.get(), result));
        }
        return result;
    }

    @Override
    public RetentionResult applyAll(Origin origin) {
        RetentionResult total = RetentionResult.NONE;
        for (long deviceId : rows.deviceIds()) {
            Optional<Long> nocId = rows.nocOfDevice(deviceId);
            if (nocId.isPresent() && scope.canSee(nocId.get())) {
                total = total.plus(applyToDevice(deviceId));
            }
        }
        quota.evaluate();
        if (total.forgotten() > 0) {
            events.publishEvent(new RetentionApplied(origin, null, null, total));
        }
        return total;
    }

    private RetentionResult applyToDevice(long deviceId) {
        RetentionPolicy policy = overrides.find(deviceId).orElse(defaultPolicy);
        long count = rows.versionCount(deviceId);
        if (keepsEvery(policy, count)) {
            // keep-last alone keeps them all: no lock, no plan (the common case after a run)
            return new RetentionResult(1, (int) count, 0, 0, 0);
        }
        Set<String> candidates = new HashSet<>();
        int[] counts = lock.forDevice(
                deviceId,
                () -> transaction.execute(status -> {
                    rows.lockDevice(deviceId);
                    List<BackupVersion> versions = rows.ofDevice(deviceId);
                    Map<Long, BackupVersion> byId =
                            versions.stream().collect(Collectors.toMap(BackupVersion::id, Function.identity()));
                    int forgotten = 0;
                    for (RetentionDecision decision : plan(versions, policy)) {
                        if (!decision.keep()) {
                            BackupVersion version = byId.get(decision.versionId());
                            rows.delete(version.id());
                            candidates.add(version.blobId());
                            candidates.add(version.normalizedSha256());
                            forgotten++;
                        }
                    }
                    return new int[] {versions.size() - forgotten, forgotten};
                }));
        BlobCollector.Collected collected = collector.collect(candidates);
        return new RetentionResult(1, counts[0], counts[1], collected.blobs(), collected.bytes());
    }

    /** Whether the policy's keep-last covers all {@code count} versions (any other rule can only keep more). */
    static boolean keepsEvery(RetentionPolicy policy, long count) {
        return policy.keepLast() == RetentionPolicy.UNLIMITED || count <= policy.keepLast();
    }

    private List<RetentionDecision> plan(List<BackupVersion> versions, RetentionPolicy policy) {
        List<RetentionPlanner.Candidate> candidates = versions.stream()
                .map(version -> new RetentionPlanner.Candidate(version.id(), version.firstSeen()))
                .toList();
        return planner.plan(candidates, policy, clock.instant());
    }

    /** 404 when the device's versions or override belong to a NOC the caller may not see. */
    private void requireVisible(long deviceId) {
        Optional<Long> nocId = rows.nocOfDevice(deviceId).or(() -> overrides.nocOf(deviceId));
        nocId.ifPresent(id -> scope.require(id, "Device", deviceId));
    }
}
