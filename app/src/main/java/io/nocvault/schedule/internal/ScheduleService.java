package io.nocvault.schedule.internal;

import io.nocvault.common.NotFoundException;
import io.nocvault.common.Origin;
import io.nocvault.common.Paging;
import io.nocvault.schedule.ScheduleCreated;
import io.nocvault.schedule.ScheduleDeleted;
import io.nocvault.schedule.ScheduleDisabled;
import io.nocvault.schedule.ScheduleEnabled;
import io.nocvault.schedule.ScheduleRunNow;
import io.nocvault.schedule.ScheduleUpdated;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes, enables, disables, runs and deletes backup schedules within the caller's scope
 * ({@link ScheduleScope}); every change is audited and reaches db-scheduler in the same transaction
 * ({@link ScheduleTrigger}), so it takes effect at once. Who may call what is decided by the controllers.
 */
@Service
@Transactional
public class ScheduleService {

    private final ScheduleStore store;
    private final ScheduleScope scope;
    private final ScheduleValidation validation;
    private final ScheduleTrigger trigger;
    private final BackupStarter starter;
    private final TargetDescriptions targets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScheduleService(
            ScheduleStore store,
            ScheduleScope scope,
            ScheduleValidation validation,
            ScheduleTrigger trigger,
            BackupStarter starter,
            TargetDescriptions targets,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.scope = scope;
        this.validation = validation;
        this.trigger = trigger;
        this.starter = starter;
        this.targets = targets;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<ScheduleDetails> list(ScheduleFilter filter, Paging paging) {
        String condition = scope.listCondition();
        long total = store.count(condition, filter);
        List<ScheduleDetails> rows = store.list(condition, filter, paging.limit(), paging.offset()).stream()
                .map(this::details)
                .toList();
        return new PageImpl<>(rows, PageRequest.of(0, paging.limit()), total);
    }

    @Transactional(readOnly = true)
    public ScheduleDetails get(long id) {
        return details(load(id));
    }

    /** The problems the command would have; nothing is stored. */
    @Transactional(readOnly = true)
    public List<FieldProblem> problems(ScheduleCommand command, Long existingId) {
        return validation.problems(command, existingId);
    }

    public ScheduleDetails create(ScheduleCommand command) {
        ScheduleDefinition d = validation.require(command, null);
        Instant now = clock.instant();
        Instant next = d.enabled() ? d.timing().nextAfter(now) : null;
        Origin origin = Origin.current();
        long id = store.insert(d, origin.actor(), now, next);
        trigger.plan(id, next);
        events.publishEvent(new ScheduleCreated(origin, id, d.name(), nocOf(d.nocIds()), summary(d)));
        return get(id);
    }

    public ScheduleDetails update(long id, ScheduleCommand command) {
        ScheduleRow current = load(id);
        ScheduleDefinition d = validation.require(command, id);
        Instant next = d.enabled() ? d.timing().nextAfter(clock.instant()) : null;
        store.update(id, d, clock.instant(), next);
        trigger.plan(id, next);
        events.publishEvent(
                new ScheduleUpdated(Origin.current(), id, d.name(), nocOf(d.nocIds()), changes(current, d)));
        return get(id);
    }

    public ScheduleDetails enable(long id) {
        ScheduleRow current = load(id);
        Instant next = current.timing().nextAfter(clock.instant());
        store.setEnabled(id, true, clock.instant(), next);
        trigger.plan(id, next);
        events.publishEvent(
                new ScheduleEnabled(Origin.current(), id, current.name(), nocOf(current.nocIds()), "next run " + next));
        return get(id);
    }

    public ScheduleDetails disable(long id) {
        ScheduleRow current = load(id);
        store.setEnabled(id, false, clock.instant(), null);
        trigger.plan(id, null);
        events.publishEvent(new ScheduleDisabled(Origin.current(), id, current.name(), nocOf(current.nocIds()), null));
        return get(id);
    }

    public void delete(long id) {
        ScheduleRow current = load(id);
        trigger.plan(id, null);
        store.delete(id);
        events.publishEvent(new ScheduleDeleted(
                Origin.current(),
                id,
                current.name(),
                nocOf(current.nocIds()),
                current.timing().describe() + ", " + targets.describe(current.target())));
    }

    /**
     * Starts the schedule's backup run now, as the caller, whatever its timing and whether it is enabled; its next
     * run stays. The outcome becomes the schedule's last run.
     */
    public RunNowResult runNow(long id) {
        ScheduleRow current = load(id);
        Origin origin = Origin.current();
        BackupStarter.Started started = starter.start(current.name(), current.target(), origin);
        store.recordRun(id, clock.instant(), started.runId(), started.success(), started.result());
        events.publishEvent(new ScheduleRunNow(
                origin,
                id,
                current.name(),
                nocOf(current.nocIds()),
                started.runId(),
                started.success() ? null : started.result()));
        return new RunNowResult(get(id), started.runId(), started.result());
    }

    /** What run-now did: {@code runId} is null when no run could start ({@code result} says why). */
    public record RunNowResult(ScheduleDetails schedule, Long runId, String result) {}

    private ScheduleRow load(long id) {
        return store.find(id)
                .filter(s -> scope.canSee(s.nocIds()))
                .orElseThrow(() -> new NotFoundException("Schedule", id));
    }

    private ScheduleDetails details(ScheduleRow s) {
        Timing t = s.timing();
        ScheduleDetails.LastRun lastRun = s.lastRunAt() == null
                ? null
                : new ScheduleDetails.LastRun(
                        s.lastRunAt(), s.lastRunId(), Boolean.TRUE.equals(s.lastSuccess()), s.lastResult());
        return new ScheduleDetails(
                s.id(),
                s.name(),
                t.kind(),
                t.time() == null ? null : t.time().toString(),
                t.dayOfWeek() == null ? null : t.dayOfWeek().name(),
                t.dayOfMonth(),
                t.cron(),
                t.zone().getId(),
                t.describe(),
                new ScheduleDetails.Target(
                        s.target().kind().name(), s.target().ids(), s.target().names(), targets.describe(s.target())),
                s.enabled(),
                s.createdBy(),
                s.createdAt(),
                s.updatedAt(),
                lastRun,
                s.enabled() ? s.nextRunAt() : null);
    }

    private String summary(ScheduleDefinition d) {
        return d.timing().describe() + " (" + d.timing().zone().getId() + "), " + targets.describe(d.target())
                + (d.enabled() ? "" : ", disabled");
    }

    private static Long nocOf(Set<Long> nocIds) {
        return nocIds.size() == 1 ? nocIds.iterator().next() : null;
    }

    private static String changes(ScheduleRow before, ScheduleDefinition after) {
        List<String> changed = new ArrayList<>();
        addIf(changed, !before.name().equals(after.name()), "name");
        addIf(
                changed,
                !before.timing().equals(after.timing()),
                "timing (" + after.timing().describe() + ")");
        addIf(changed, !before.target().equals(after.target()), "target");
        addIf(changed, before.enabled() != after.enabled(), after.enabled() ? "enabled" : "disabled");
        return changed.isEmpty() ? "no change" : "changed " + String.join(", ", changed);
    }

    private static void addIf(List<String> list, boolean condition, String value) {
        if (condition) {
            list.add(Objects.requireNonNull(value));
        }
    }
}
