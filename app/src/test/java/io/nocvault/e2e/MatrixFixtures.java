package io.nocvault.e2e;

import io.nocvault.backup.VersionStore;
import io.nocvault.common.Origin;
import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import io.nocvault.inventory.DeviceProvisioning;
import io.nocvault.inventory.NewDevice;
import io.nocvault.test.TestNocs;
import io.nocvault.test.TestPrincipals;
import io.nocvault.test.TestUser;
import io.nocvault.test.TestUsers;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Objects for the authorization matrix, written straight to the tables. Everything of NOC B carries {@link #MARKER}
 * in its name, so that a response that leaks it can be recognised. To classify a new NOC-owned endpoint, add a
 * method here that makes one object of that kind in a given NOC and answers its id, then one row in
 * {@link EndpointTable}.
 */
final class MatrixFixtures {

    /** Part of every name of NOC B's objects: no response to a user of NOC A may contain it. */
    static final String MARKER = "zz-nocb-" + UUID.randomUUID().toString().substring(0, 8);

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final ApplicationContext context;
    final JdbcClient jdbc;
    final TestPrincipals principals;
    final TestUsers users;
    final TestNocs nocs;
    final long nocA;
    final long nocB;
    /** A user whose objects (tokens) nobody else may touch. */
    final AuthenticatedUser stranger;

    MatrixFixtures(ApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcClient.class);
        this.users = new TestUsers(context);
        this.principals = new TestPrincipals(jdbc);
        this.nocs = new TestNocs(jdbc);
        this.nocA = nocs.create("Matrix A");
        this.nocB = nocs.create("Matrix B " + MARKER);
        this.stranger = principals.create("stranger", Role.ADMIN);
    }

    /** A user of this role granted NOC A only (head admins see every NOC anyway). */
    TestUser userOfA(Role role) {
        TestUser user = users.create(role, "matrix_" + role.name().toLowerCase(Locale.ROOT));
        if (role != Role.HEAD_ADMIN) {
            nocs.grant(user.id(), nocA);
        }
        return user;
    }

    long noc(long nocId) {
        return nocId;
    }

    long recipient(long nocId) {
        String name = nameIn(nocId, "Recipient");
        jdbc.sql("""
                        insert into notify_recipients (name, email, enabled, created_at, updated_at)
                        values (:name, 'matrix@example.com', false, :now, :now)
                        """).param("name", name).param("now", now()).update();
        long id = jdbc.sql("select id from notify_recipients where name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
        jdbc.sql("insert into notify_recipient_nocs (recipient_id, noc_id) values (:r, :n)")
                .param("r", id)
                .param("n", nocId)
                .update();
        return id;
    }

    long delivery(long nocId) {
        String subject = nameIn(nocId, "Delivery");
        jdbc.sql("""
                        insert into notify_deliveries (created_at, updated_at, category, noc_id, subject, message,
                            alert_count, recipient_name, channel_name, channel_type, address, status, attempts)
                        values (:now, :now, 'DEVICE', :noc, :subject, :subject, 1, :subject, :subject, 'EMAIL',
                            'matrix@example.com', 'SENT', 1)
                        """)
                .param("now", now())
                .param("noc", nocId)
                .param("subject", subject)
                .update();
        return jdbc.sql("select id from notify_deliveries where subject = :s")
                .param("s", subject)
                .query(Long.class)
                .single();
    }

    long hostKey(long nocId) {
        String subject = "device:matrix-" + UUID.randomUUID();
        jdbc.sql("""
                        insert into host_keys (subject, noc_id, label, key_type, fingerprint, public_key,
                            first_seen, last_seen, pending_key_type, pending_fingerprint, pending_public_key,
                            pending_seen_at)
                        values (:s, :noc, :label, 'ssh-ed25519', 'SHA256:matrix-pinned', 'ssh-ed25519 AAAA-matrix',
                            :now, :now, 'ssh-rsa', 'SHA256:matrix-offered', 'ssh-rsa AAAA-offered', :now)
                        """)
                .param("s", subject)
                .param("noc", nocId)
                .param("label", nameIn(nocId, "Host"))
                .param("now", now())
                .update();
        return jdbc.sql("select id from host_keys where subject = :s")
                .param("s", subject)
                .query(Long.class)
                .single();
    }

    long device(long nocId) {
        String name = nameIn(nocId, "device").replace(' ', '-');
        NewDevice device = new NewDevice(
                name,
                "127.0.0.1",
                1 + SEQUENCE.incrementAndGet(),
                nocId,
                "cisco_ios",
                "matrix",
                "matrix-password",
                null,
                Set.of(),
                name,
                true);
        return context.getBean(DeviceProvisioning.class)
                .create(device, Origin.system())
                .id();
    }

    /** A device of the NOC with two versions, so that "latest vs previous" has something to compare. */
    long deviceWithTwoVersions(long nocId) {
        long deviceId = device(nocId);
        VersionStore versions = context.getBean(VersionStore.class);
        for (String line : List.of("! first", "! second")) {
            String config = "hostname " + nameIn(nocId, "config") + "\n" + line + "\nend\n";
            versions.record(deviceId, nocId, config, config, null, Instant.now());
        }
        return deviceId;
    }

    /** A backup version of a new device of the NOC. */
    long version(long nocId) {
        long deviceId = device(nocId);
        String config = "hostname " + nameIn(nocId, "config") + "\nend\n";
        return context.getBean(VersionStore.class)
                .record(deviceId, nocId, config, config, null, Instant.now())
                .version()
                .id();
    }

    /** A finished backup run of a new device of the NOC. */
    long run(long nocId) {
        long deviceId = device(nocId);
        String target = nameIn(nocId, "run");
        jdbc.sql("""
                        insert into backup_runs (target, started_by, status, total, started_at, finished_at)
                        values (:target, 'matrix', 'FINISHED', 1, :now, :now)
                        """).param("target", target).param("now", now()).update();
        long runId = jdbc.sql("select id from backup_runs where target = :t")
                .param("t", target)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into backup_run_devices (run_id, device_id, noc_id, hostname, device_type, outcome,
                            attempts, finished_at)
                        values (:run, :device, :noc, :host, 'cisco_ios', 'UNCHANGED', 1, :now)
                        """)
                .param("run", runId)
                .param("device", deviceId)
                .param("noc", nocId)
                .param("host", target)
                .param("now", now())
                .update();
        return runId;
    }

    /** A disabled daily backup schedule of the NOC. */
    long schedule(long nocId) {
        String name = nameIn(nocId, "Schedule");
        jdbc.sql("""
                        insert into schedules (name, name_key, kind, time_of_day, zone, target_kind, target_ids,
                            enabled, created_by, created_at, updated_at)
                        values (:name, :key, 'DAILY', '02:00', 'UTC', 'NOCS', :noc, false, 'matrix', :now, :now)
                        """)
                .param("name", name)
                .param("key", name.toLowerCase(Locale.ROOT))
                .param("noc", String.valueOf(nocId))
                .param("now", now())
                .update();
        long id = jdbc.sql("select id from schedules where name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
        jdbc.sql("insert into schedule_nocs (schedule_id, noc_id) values (:s, :n)")
                .param("s", id)
                .param("n", nocId)
                .update();
        return id;
    }

    /** A notification channel (channels are global, managed by admins). */
    long channel() {
        String name = "Matrix channel " + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        insert into notify_channels (name, name_key, type, enabled, smtp_host, smtp_port, tls_mode,
                            from_address, created_at, updated_at)
                        values (:name, :key, 'EMAIL', false, '127.0.0.1', 2525, 'NONE', 'matrix@example.com', :now,
                            :now)
                        """)
                .param("name", name)
                .param("key", name.toLowerCase(Locale.ROOT))
                .param("now", now())
                .update();
        return jdbc.sql("select id from notify_channels where name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    /** A personal API token of {@link #stranger}. */
    long strangersToken() {
        String name = "matrix-token-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        insert into identity_api_tokens (user_id, name, token_hash, token_hint, created_at)
                        values (:user, :name, :hash, 'nvt_xxxx', :now)
                        """)
                .param("user", stranger.id())
                .param("name", name)
                .param("hash", UUID.randomUUID().toString().replace("-", "") + "00000000000000000000000000000000")
                .param("now", now())
                .update();
        return jdbc.sql("select id from identity_api_tokens where name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    private String nameIn(long nocId, String kind) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return nocId == nocB ? kind + " " + MARKER + " " + unique : kind + " matrix " + unique;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
    }
}
