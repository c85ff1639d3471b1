package io.nocvault.transport;

import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import io.nocvault.noc.internal.NocCommand;
import io.nocvault.noc.internal.NocService;
import io.nocvault.test.TestPrincipals;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data of the transport module: NOCs with a jump server (made by the NOC service, so their secrets are sealed
 * as in production) and host key pins written straight to {@code host_keys}.
 */
public final class TransportFixtures {

    private final NocService nocs;
    private final JdbcClient jdbc;
    private final AuthenticatedUser head;

    public TransportFixtures(ApplicationContext context) {
        this.nocs = context.getBean(NocService.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.head = new TestPrincipals(jdbc).create("fixture", Role.HEAD_ADMIN);
    }

    /** A NOC whose jump server is {@code 127.0.0.1:port} with this login; answers its id. */
    public long jumpNoc(String prefix, int port, String username, String password) {
        String name = prefix + " " + UUID.randomUUID().toString().substring(0, 8);
        NocCommand command = new NocCommand(
                name, null, null, null, null, null, "127.0.0.1", port, username, password, null, false, false);
        return TestPrincipals.runAs(head, () -> nocs.create(command).id());
    }

    /** Deletes the NOC as a head admin would (publishing {@code NocDeleted}). */
    public void deleteNoc(long nocId) {
        TestPrincipals.runAs(head, () -> {
            nocs.delete(nocId);
            return null;
        });
    }

    /** How many pins the NOC has. */
    public long pinsOf(long nocId) {
        return jdbc.sql("select count(*) from host_keys where noc_id = :noc")
                .param("noc", nocId)
                .query(Long.class)
                .single();
    }

    /** A pin; with {@code offered} not null the key has changed and waits for review. Answers the pin's id. */
    public long pin(String subject, Long nocId, String label, String fingerprint, String offered) {
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        jdbc.sql("""
                        insert into host_keys (subject, noc_id, label, key_type, fingerprint, public_key, first_seen,
                            last_seen, pending_key_type, pending_fingerprint, pending_public_key, pending_seen_at)
                        values (:s, :noc, :label, 'ssh-ed25519', :fp, 'ssh-ed25519 AAAA-test', :now, :now,
                            :ptype, :pfp, :pkey, :pseen)
                        """)
                .param("s", subject)
                .param("noc", nocId)
                .param("label", label)
                .param("fp", fingerprint)
                .param("now", now)
                .param("ptype", offered == null ? null : "ssh-rsa")
                .param("pfp", offered)
                .param("pkey", offered == null ? null : "ssh-rsa AAAA-offered")
                .param("pseen", offered == null ? null : now)
                .update();
        return pinId(subject);
    }

    public long pinId(String subject) {
        return jdbc.sql("select id from host_keys where subject = :s")
                .param("s", subject)
                .query(Long.class)
                .single();
    }

    /** The pinned fingerprint and the offered one ({@code null} when none) of a subject. */
    public String[] fingerprints(String subject) {
        return jdbc.sql("select fingerprint, pending_fingerprint from host_keys where subject = :s")
                .param("s", subject)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
    }

    public static String fakeFingerprint() {
        return "SHA256:" + UUID.randomUUID().toString().replace("-", "");
    }
}
