package io.nocvault.schedule;

import static io.nocvault.test.TestPrincipals.runAs;
import static org.assertj.core.api.Assertions.assertThat;

import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import io.nocvault.schedule.internal.ScheduleCommand;
import io.nocvault.schedule.internal.ScheduleDetails;
import io.nocvault.schedule.internal.ScheduleService;
import io.nocvault.test.EmbeddedPostgresServer;
import io.nocvault.test.TestNocs;
import io.nocvault.test.TestPrincipals;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several application nodes on one embedded PostgreSQL, started as separate application contexts: two starting
 * nodes run the first ping test once, shortly after start; two running nodes fire each due schedule exactly once
 * (db-scheduler locks the execution row) and run the due ping test once,
 * and after every node was down over several fire times a newly started node fires each missed schedule once, not
 * once per missed slot.
 */
class ScheduleClusterPostgresTest {

    static final SettableClock CLOCK = new SettableClock();
    static final List<RecordingBackupRuns.Started> STARTED = new CopyOnWriteArrayList<>();
    static final RecordingPinger PINGER = new RecordingPinger();
    static final int SCHEDULES = 20;

    final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    @AfterEach
    void closeNodes() {
        nodes.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void twoNodesFireEachScheduleOnceAndARestartedNodeCatchesUpOnce() throws IOException {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String url = EmbeddedPostgresServer.get().createDatabase("nv_cluster_" + id);
        Path dataDir = Path.of("target", "test-data", "cluster-" + id).toAbsolutePath();
        CLOCK.set(Instant.parse("2029-06-01T10:00:00Z"));

        ConfigurableApplicationContext first = start("node-1", url, dataDir);
        ConfigurableApplicationContext second = start("node-2", url, dataDir);
        // the ping test runs shortly after start (30 s; not an interval, 1 h, later), on one of the two nodes
        CLOCK.set(CLOCK.instant().plus(Duration.ofMinutes(1)));
        Await.until("the first ping test", Duration.ofSeconds(10), () -> PINGER.pingAllCalls() >= 1);
        Await.quietPeriod();
        assertThat(PINGER.pingAllCalls()).isOne();
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        AuthenticatedUser head = new TestPrincipals(jdbc).create(Role.HEAD_ADMIN);
        long noc = new TestNocs(jdbc).create("Cluster");
        String prefix = "Cluster " + id + " ";
        List<ScheduleDetails> created = createDaily(first, head, prefix, noc);
        assertThat(created).allSatisfy(s -> assertThat(s.nextRun()).isEqualTo(Instant.parse("2029-06-01T12:00:00Z")));

        CLOCK.set(Instant.parse("2029-06-01T12:00:00Z"));
        Await.until(
                "every schedule to fire",
                Duration.ofSeconds(30),
                () -> fired(prefix).size() >= SCHEDULES);
        Await.quietPeriod();
        Map<String, Long> perSchedule = fired(prefix).stream()
                .collect(Collectors.groupingBy(s -> s.origin().actor(), Collectors.counting()));
        assertThat(perSchedule)
                .hasSize(SCHEDULES)
                .allSatisfy((name, count) -> assertThat(count).as(name).isOne());
        Map<String, Long> perNode = fired(prefix).stream()
                .collect(Collectors.groupingBy(RecordingBackupRuns.Started::node, Collectors.counting()));
        System.out.println("Firings per node: " + perNode);
        // the ping test is due once more after the clock's jump (an hour after the first): one node pings
        Await.until("the ping test", Duration.ofSeconds(10), () -> PINGER.pingAllCalls() >= 2);
        Await.quietPeriod();
        assertThat(PINGER.pingAllCalls()).isEqualTo(2);

        // every node goes down; three days of slots pass; a new node starts on the same database
        first.close();
        second.close();
        CLOCK.set(Instant.parse("2029-06-04T13:00:00Z"));
        ConfigurableApplicationContext third = start("node-3", url, dataDir);
        Await.until(
                "the missed schedules to fire",
                Duration.ofSeconds(30),
                () -> fired(prefix).size() >= 2 * SCHEDULES);
        Await.until("the missed ping test", Duration.ofSeconds(10), () -> PINGER.pingAllCalls() >= 3);
        Await.quietPeriod();
        assertThat(fired(prefix)).hasSize(2 * SCHEDULES);
        assertThat(PINGER.pingAllCalls()).isEqualTo(3);
        assertThat(fired(prefix).stream().filter(s -> s.node().equals("node-3")))
                .hasSize(SCHEDULES);
        ScheduleService restarted = third.getBean(ScheduleService.class);
        Await.until(
                "the next runs",
                Duration.ofSeconds(10),
                () -> created.stream()
                        .map(s -> runAs(head, () -> restarted.get(s.id())))
                        .allMatch(s -> Instant.parse("2029-06-05T12:00:00Z").equals(s.nextRun())));
        assertThat(runAs(head, () -> restarted.get(created.getFirst().id()))
                        .lastRun()
                        .success())
                .isTrue();
    }

    /** {@link #SCHEDULES} daily 12:00 UTC schedules of the NOC, named {@code <prefix><n>}. */
    static List<ScheduleDetails> createDaily(
            ConfigurableApplicationContext node, AuthenticatedUser head, String prefix, long noc) {
        ScheduleService service = node.getBean(ScheduleService.class);
        List<ScheduleDetails> created = new ArrayList<>();
        for (int i = 0; i < SCHEDULES; i++) {
            ScheduleCommand command = new ScheduleCommand(
                    prefix + i, "DAILY", "12:00", null, null, null, "UTC", "NOCS", List.of(noc), null, true);
            created.add(runAs(head, () -> service.create(command)));
        }
        return created;
    }

    static List<RecordingBackupRuns.Started> fired(String prefix) {
        return STARTED.stream()
                .filter(s -> s.origin().actor().startsWith("schedule " + prefix))
                .toList();
    }

    ConfigurableApplicationContext start(String node, String url, Path dataDir) {
        ConfigurableApplicationContext context = TestNode.start(
                node,
                url,
                EmbeddedPostgresServer.USER,
                dataDir,
                NodeBeans.class,
                "nocvault.inventory.ping.interval=1h");
        nodes.add(context);
        return context;
    }

    /** The module boundary of every node: the shared clock and one recording list labelled per node. */
    @TestConfiguration(proxyBeanMethods = false)
    static class NodeBeans {

        @Bean
        @Primary
        SettableClock scheduleTestClock() {
            return CLOCK;
        }

        @Bean
        @Primary
        RecordingBackupRuns recordingBackupRuns(Environment environment) {
            return new RecordingBackupRuns(STARTED, CLOCK, environment.getProperty("test.node", "node"));
        }

        @Bean
        @Primary
        RecordingPinger recordingPinger() {
            return PINGER;
        }
    }
}
