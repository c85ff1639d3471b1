package io.nocvault.backup.run;

import io.nocvault.backup.BackupRunCancelled;
import io.nocvault.backup.BackupRunStarted;
import io.nocvault.backup.BackupRuns;
import io.nocvault.backup.RunReport;
import io.nocvault.backup.RunStatus;
import io.nocvault.backup.RunTarget;
import io.nocvault.common.ConflictException;
import io.nocvault.common.NotFoundException;
import io.nocvault.common.Origin;
import io.nocvault.common.PageResponse;
import io.nocvault.common.Paging;
import io.nocvault.common.Walk;
import io.nocvault.inventory.DeviceDirectory;
import io.nocvault.inventory.DeviceSummary;
import io.nocvault.noc.NocScope;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link BackupRuns}: resolves the target to the enabled devices the starter may see, records the run and its
 * devices, announces it ({@link BackupRunStarted}) and hands it to the {@link RunExecutor}. Reads are scoped: a
 * reader sees a run when he may see one of its devices (or started it), and only the results of his NOCs.
 */
@Service
class RunService implements BackupRuns {

    private final DeviceDirectory directory;
    private final RunRows rows;
    private final RunExecutor executor;
    private final RunFinisher finisher;
    private final NocScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    RunService(
            DeviceDirectory directory,
            RunRows rows,
            RunExecutor executor,
            RunFinisher finisher,
            NocScope scope,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.directory = directory;
        this.rows = rows;
        this.executor = executor;
        this.finisher = finisher;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public long start(RunTarget target, Origin origin) {
        List<PlannedDevice> devices = resolve(target).stream()
                .filter(DeviceSummary::enabled)
                .map(PlannedDevice::of)
                .toList();
        long runId = transaction.execute(status -> {
            long id = rows.insertRun(target.describe(), origin.actor(), devices.size(), clock.instant());
            rows.insertDevices(id, devices);
            events.publishEvent(new BackupRunStarted(origin, id, target.describe(), devices.size()));
            return id;
        });
        executor.launch(runId, devices, origin);
        return runId;
    }

    /** The target's devices within the caller's scope, each once, in the directory's order. */
    private List<DeviceSummary> resolve(RunTarget target) {
        List<DeviceSummary> found = switch (target.kind()) {
            case ALL -> directory.visible();
            case NOCS -> directory.ofNocs(new LinkedHashSet<>(target.ids()));
            case DEVICE_TYPES -> directory.ofTypes(new LinkedHashSet<>(target.names()));
            case TAGS -> directory.withTags(new LinkedHashSet<>(target.names()));
            case DEVICES ->
                new LinkedHashSet<>(target.ids())
                        .stream().map(directory::require).toList();
        };
        Map<Long, DeviceSummary> unique = new LinkedHashMap<>();
        found.forEach(device -> unique.putIfAbsent(device.id(), device));
        return List.copyOf(unique.values());
    }

    @Override
    public void cancel(long runId) {
        RunReport run = find(runId).orElseThrow(() -> new NotFoundException("Backup run", runId));
        if (run.status() != RunStatus.RUNNING) {
            throw new ConflictException(
                    null, "The run has already ended (" + run.status().name().toLowerCase() + ")");
        }
        Origin origin = Origin.current();
        boolean seesAll = scope.unrestricted() || rows.nocsOf(runId).stream().allMatch(scope::canSee);
        if (!seesAll && !run.startedBy().equals(origin.actor())) {
            throw new ConflictException(
                    null,
                    "This run also backs up devices of NOCs you may not see; only its starter or an"
                            + " administrator of every NOC in it can cancel it");
        }
        events.publishEvent(new BackupRunCancelled(origin, runId));
        if (!executor.cancel(runId)) {
            finisher.endOrphan(runId, RunStatus.CANCELLED, "Run cancelled", origin);
        }
    }

    @Override
    public Optional<RunReport> find(long runId) {
        return rows.report(runId, visibility());
    }

    @Override
    public Walk<RunReport> listed(Instant from, Instant to) {
        return rows.walk(RunVisibility.listed(scope, Origin.current().actor()), from, to);
    }

    /** Runs the caller may see (the switcher's NOC, or all his NOCs), newest first, with his counts. */
    PageResponse<RunReport> list(RunStatus status, Paging paging) {
        RunVisibility listed = RunVisibility.listed(scope, Origin.current().actor());
        return PageResponse.of(rows.count(listed, status), paging, rows.list(listed, status, paging));
    }

    /** The run as a reader with this visibility sees it (a live stream reads it off the request thread). */
    Optional<RunReport> report(long runId, RunVisibility visibility) {
        return rows.report(runId, visibility);
    }

    /** What the caller may see of one run (for live progress, kept for the stream's life). */
    RunVisibility visibility() {
        return RunVisibility.visible(scope, Origin.current().actor());
    }
}
