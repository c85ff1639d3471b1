package io.nocvault.e2e;

import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import io.nocvault.test.TestNocs;
import io.nocvault.test.TestPrincipals;
import io.nocvault.test.TestUser;
import io.nocvault.test.TestUsers;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
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

    final JdbcClient jdbc;
    final TestPrincipals principals;
    final TestUsers users;
    final TestNocs nocs;
    final long nocA;
    final long nocB;
    /** A user whose objects (tokens) nobody else may touch. */
    final AuthenticatedUser stranger;

    MatrixFixtures(ApplicationContext context) {
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
