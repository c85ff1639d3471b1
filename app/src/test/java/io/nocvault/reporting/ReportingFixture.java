package io.nocvault.reporting;

import io.nocvault.audit.AuditLog;
import io.nocvault.backup.BackupFailed;
import io.nocvault.backup.BackupSucceeded;
import io.nocvault.backup.VersionStore;
import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;
import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import io.nocvault.inventory.BackupStatus;
import io.nocvault.inventory.DeviceDirectory;
import io.nocvault.inventory.DeviceProvisioning;
import io.nocvault.inventory.DeviceSummary;
import io.nocvault.inventory.NewDevice;
import io.nocvault.test.TestNocs;
import io.nocvault.test.TestPrincipals;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Two fresh NOCs with known devices, backups, versions, recipients and audit entries, and users who see A, or A and
 * B. Expected figures (at the clock's now):
 *
 * <pre>
 * NOC A: a1 cisco_ios     ACTIVE    SUCCESS 1 h ago    healthy   versions 3 (300+310+320 bytes)
 *        a2 cisco_ios     INACTIVE  SUCCESS 48 h ago   warning   versions 1 (5,000 bytes)
 *        a3 juniper_junos UNKNOWN   FAILED 2 h ago     warning
 *        a4 arista_eos    ACTIVE    SUCCESS 100 h ago  critical  disabled
 *        a5 cisco_ios     UNKNOWN   never              unknown
 * NOC B: b1 cisco_ios     ACTIVE    SUCCESS 1 h ago    healthy   versions 1 (90,000 bytes)
 *        b2 juniper_junos INACTIVE  never              unknown
 * backups: A today 2 ok + 1 failed, A yesterday 1 ok, A 40 days ago 1 ok; B today 5 failed
 * recipients: 2 serve A (one of them also B), 1 serves B only
 * audit: 2 entries of A, 1 of B
 * runs ("=run &lt;tag&gt;" today, "old run &lt;tag&gt;" 5 days ago): today a1 stored, a2 failed, b1 unchanged;
 *      5 days ago a1 unchanged
 * </pre>
 */
final class ReportingFixture {

    private static final AtomicInteger PORTS = new AtomicInteger(30000);

    final long nocA;
    final long nocB;
    final String nameA;
    final String nameB;
    final AuthenticatedUser viewerA;
    final AuthenticatedUser adminAb;
    final DeviceSummary a1;
    final DeviceSummary a2;
    final DeviceSummary b1;
    final String tag = UUID.randomUUID().toString().substring(0, 6);
    final Instant now;

    private final JdbcClient jdbc;
    private final DeviceProvisioning provisioning;
    private final DeviceDirectory directory;

    /** Runs as background work: the test's bound mock request (a request without a user) would see no NOC. */
    ReportingFixture(ApplicationContext context) {
        RequestContextHolder.resetRequestAttributes();
        this.jdbc = context.getBean(JdbcClient.class);
        this.provisioning = context.getBean(DeviceProvisioning.class);
        this.directory = context.getBean(DeviceDirectory.class);
        this.now = context.getBean(Clock.class).instant();
        TestNocs nocs = new TestNocs(jdbc);
        nocA = nocs.create("Report A");
        nocB = nocs.create("Report B");
        nameA = nocs.name(nocA);
        nameB = nocs.name(nocB);
        TestPrincipals users = new TestPrincipals(jdbc);
        viewerA = users.create(Role.VIEWER);
        adminAb = users.create(Role.ADMIN);
        nocs.grant(viewerA.id(), nocA);
        nocs.grant(adminAb.id(), nocA, nocB);

        a1 = device(nocA, "a1", "cisco_ios", true, "ACTIVE", BackupStatus.SUCCESS, hoursAgo(1));
        a2 = device(nocA, "a2", "cisco_ios", true, "INACTIVE", BackupStatus.SUCCESS, hoursAgo(48));
        device(nocA, "a3", "juniper_junos", true, "UNKNOWN", BackupStatus.FAILED, hoursAgo(2));
        device(nocA, "a4", "arista_eos", false, "ACTIVE", BackupStatus.SUCCESS, hoursAgo(100));
        device(nocA, "a5", "cisco_ios", true, "UNKNOWN", BackupStatus.NEVER, null);
        b1 = device(nocB, "b1", "cisco_ios", true, "ACTIVE", BackupStatus.SUCCESS, hoursAgo(1));
        device(nocB, "b2", "juniper_junos", true, "INACTIVE", BackupStatus.NEVER, null);

        backups(context);
        versions(context.getBean(VersionStore.class));
        recipients();
        audit(context.getBean(AuditLog.class));
        runs();
    }

    String host(String name) {
        return name + "-" + tag;
    }

    private Instant hoursAgo(int hours) {
        return now.minus(Duration.ofHours(hours));
    }

    private DeviceSummary device(
            long noc, String name, String type, boolean enabled, String reach, BackupStatus status, Instant at) {
        DeviceSummary d = provisioning.create(
                new NewDevice(
                        host(name),
                        "127.0.0.1",
                        PORTS.incrementAndGet(),
                        noc,
                        type,
                        "admin",
                        "pw-secret",
                        null,
                        Set.of(),
                        "reporting test",
                        enabled),
                Origin.system());
        jdbc.sql("update devices set reachability = :r where id = :id")
                .param("r", reach)
                .param("id", d.id())
                .update();
        if (status != BackupStatus.NEVER) {
            directory.recordBackup(d.id(), status, at, status == BackupStatus.FAILED ? "TIMEOUT" : null);
        }
        return d;
    }

    private void backups(ApplicationEventPublisher events) {
        Instant today = now;
        Instant yesterday = now.minus(Duration.ofDays(1));
        events.publishEvent(ok(nocA, a1, today));
        events.publishEvent(ok(nocA, a2, today));
        events.publishEvent(failed(nocA, a1, today));
        events.publishEvent(ok(nocA, a1, yesterday));
        events.publishEvent(ok(nocA, a1, now.minus(Duration.ofDays(40))));
        for (int i = 0; i < 5; i++) {
            events.publishEvent(failed(nocB, b1, today));
        }
    }

    private static BackupSucceeded ok(long noc, DeviceSummary d, Instant at) {
        return new BackupSucceeded(1, d.id(), noc, d.hostname(), 1, false, at);
    }

    private static BackupFailed failed(long noc, DeviceSummary d, Instant at) {
        return new BackupFailed(1, d.id(), noc, d.hostname(), "TIMEOUT", "login", "timed out", 3, at);
    }

    private void versions(VersionStore store) {
        for (int size : new int[] {300, 310, 320}) {
            String config = config(size);
            store.record(a1.id(), nocA, config, config, null, now.minusSeconds(size));
        }
        String big = config(5000);
        store.record(a2.id(), nocA, big, big, null, now);
        String huge = config(90_000);
        store.record(b1.id(), nocB, huge, huge, null, now);
    }

    /** A configuration of exactly {@code size} bytes, different for every size. */
    private String config(int size) {
        StringBuilder text = new StringBuilder("hostname x" + size + tag + "\n");
        while (text.length() < size) {
            text.append("interface Gi0/").append(text.length()).append('\n');
        }
        text.setLength(size - 1);
        return text.append('\n').toString();
    }

    /** Backup runs written as the runs module writes them (its own tests cover how they come about). */
    private void runs() {
        long today = run("=run " + tag, now.minusSeconds(600), now.minusSeconds(540), 3);
        runDevice(today, a1, nocA, "STORED");
        runDevice(today, a2, nocA, "FAILED");
        runDevice(today, b1, nocB, "UNCHANGED");
        long old = run("old run " + tag, now.minus(Duration.ofDays(5)), now.minus(Duration.ofDays(5)), 1);
        runDevice(old, a1, nocA, "UNCHANGED");
    }

    private long run(String target, Instant started, Instant finished, int total) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into backup_runs (target, started_by, status, total, started_at, finished_at)
                        values (:target, 'tester', 'FINISHED', :total, :started, :finished)
                        """)
                .param("target", target)
                .param("total", total)
                .param("started", OffsetDateTime.ofInstant(started, ZoneOffset.UTC))
                .param("finished", OffsetDateTime.ofInstant(finished, ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    private void runDevice(long run, DeviceSummary device, long noc, String outcome) {
        jdbc.sql("""
                        insert into backup_run_devices (run_id, device_id, noc_id, hostname, device_type, outcome,
                            attempts)
                        values (:run, :device, :noc, :hostname, 'cisco_ios', :outcome, 1)
                        """)
                .param("run", run)
                .param("device", device.id())
                .param("noc", noc)
                .param("hostname", device.hostname())
                .param("outcome", outcome)
                .update();
    }

    private void recipients() {
        long r1 = recipient("ra1");
        long r2 = recipient("rab");
        long r3 = recipient("rb");
        link(r1, nocA);
        link(r2, nocA);
        link(r2, nocB);
        link(r3, nocB);
    }

    private long recipient(String name) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        String email = name + "-" + tag + "@example.com";
        jdbc.sql("insert into notify_recipients (name, email, created_at, updated_at) values (:n, :e, :t, :t)")
                .param("n", name)
                .param("e", email)
                .param("t", at)
                .update();
        return jdbc.sql("select id from notify_recipients where email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    private void link(long recipient, long noc) {
        jdbc.sql("insert into notify_recipient_nocs (recipient_id, noc_id) values (:r, :n)")
                .param("r", recipient)
                .param("n", noc)
                .update();
    }

    private void audit(AuditLog log) {
        log.record(new Happened(nocA, "report-a-one-" + tag, true));
        log.record(new Happened(nocA, "report-a-two-" + tag, false));
        log.record(new Happened(nocB, "report-b-one-" + tag, true));
    }

    /** An audited action of a NOC. */
    record Happened(Long nocId, String target, boolean success) implements AuditableEvent {

        @Override
        public Origin origin() {
            return new Origin("reporting-test", "192.0.2.7", "JUnit");
        }

        @Override
        public String action() {
            return "report.test";
        }
    }
}
