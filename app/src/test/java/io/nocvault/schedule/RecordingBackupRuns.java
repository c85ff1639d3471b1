package io.nocvault.schedule;

import io.nocvault.backup.BackupRuns;
import io.nocvault.backup.RunReport;
import io.nocvault.backup.RunTarget;
import io.nocvault.common.Origin;
import io.nocvault.common.Walk;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The backup module's side of the boundary in schedule tests: records which target was started, by whom and when
 * (by the test clock), and answers a new run id. Runs started by several application contexts (nodes) can share
 * one id sequence and one list.
 */
public final class RecordingBackupRuns implements BackupRuns {

    /** One started run. */
    public record Started(long runId, RunTarget target, Origin origin, Instant at, String node) {}

    private static final AtomicLong IDS = new AtomicLong(1000);

    private final List<Started> started;
    private final Clock clock;
    private final String node;

    /** Records into {@code started} (which may be shared with other nodes), labelled with {@code node}. */
    public RecordingBackupRuns(List<Started> started, Clock clock, String node) {
        this.started = started;
        this.clock = clock;
        this.node = node;
    }

    public RecordingBackupRuns(Clock clock) {
        this(new CopyOnWriteArrayList<>(), clock, "test");
    }

    @Override
    public long start(RunTarget target, Origin origin) {
        long id = IDS.incrementAndGet();
        started.add(new Started(id, target, origin, clock.instant(), node));
        return id;
    }

    @Override
    public void cancel(long runId) {
        throw new UnsupportedOperationException("schedules never cancel runs");
    }

    @Override
    public Optional<RunReport> find(long runId) {
        return Optional.empty();
    }

    /** The runs started by the schedule of this name ({@code schedule <name>}). */
    @Override
    public Walk<RunReport> listed(Instant from, Instant to) {
        return sink -> {};
    }

    public List<Started> bySchedule(String name) {
        return started.stream()
                .filter(s -> s.origin().actor().equals("schedule " + name))
                .toList();
    }

    /** The runs started by this user. */
    public List<Started> byActor(String actor) {
        return started.stream().filter(s -> s.origin().actor().equals(actor)).toList();
    }

    public List<Started> all() {
        return List.copyOf(started);
    }
}
