package io.nocvault.transport.internal;

import io.nocvault.common.Origin;
import io.nocvault.transport.ConnectStep;
import io.nocvault.transport.HostKeyChanged;
import io.nocvault.transport.SshEndpoint;
import io.nocvault.transport.TransportException;
import java.security.PublicKey;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Trust on first use, then insist: the first key a subject presents is pinned; a different key later refuses the
 * connection, is kept as "pending" for an admin to review, and raises {@link HostKeyChanged} once per new key.
 */
@Component
class HostKeyPins {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    HostKeyPins(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    void check(SshEndpoint endpoint, PublicKey presented, boolean viaJump) {
        String fingerprint = KeyUtils.getFingerPrint(presented);
        Optional<Pin> pin = find(endpoint.hostKey());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (pin.isEmpty()) {
            insert(endpoint, presented, fingerprint, now);
            return;
        }
        if (pin.get().fingerprint().equals(fingerprint)) {
            jdbc.sql("update host_keys set last_seen = :now where subject = :s")
                    .param("now", now)
                    .param("s", endpoint.hostKey())
                    .update();
            return;
        }
        recordPending(endpoint, presented, fingerprint, now, pin.get());
        throw new TransportException(
                ConnectStep.HOST_KEY,
                false,
                viaJump,
                "Host key mismatch: " + endpoint.label() + " presented " + fingerprint + " but "
                        + pin.get().fingerprint()
                        + " is pinned; an admin must review the new key before NocVault connects again");
    }

    private void recordPending(SshEndpoint endpoint, PublicKey key, String fingerprint, OffsetDateTime now, Pin pin) {
        jdbc.sql("update host_keys set pending_key_type = :type, pending_fingerprint = :fp, pending_public_key = :key,"
                        + " pending_seen_at = :now where subject = :s")
                .param("type", KeyUtils.getKeyType(key))
                .param("fp", fingerprint)
                .param("key", PublicKeyEntry.toString(key))
                .param("now", now)
                .param("s", endpoint.hostKey())
                .update();
        if (!fingerprint.equals(pin.pendingFingerprint())) {
            events.publishEvent(new HostKeyChanged(
                    Origin.current(),
                    endpoint.hostKey(),
                    endpoint.nocId(),
                    endpoint.label(),
                    pin.fingerprint(),
                    fingerprint));
        }
    }

    private void insert(SshEndpoint endpoint, PublicKey key, String fingerprint, OffsetDateTime now) {
        jdbc.sql("insert into host_keys (subject, noc_id, label, key_type, fingerprint, public_key, first_seen,"
                        + " last_seen) values (:s, :noc, :label, :type, :fp, :key, :now, :now)")
                .param("s", endpoint.hostKey())
                .param("noc", endpoint.nocId())
                .param("label", endpoint.label())
                .param("type", KeyUtils.getKeyType(key))
                .param("fp", fingerprint)
                .param("key", PublicKeyEntry.toString(key))
                .param("now", now)
                .update();
    }

    private Optional<Pin> find(String subject) {
        return jdbc.sql("select fingerprint, pending_fingerprint from host_keys where subject = :s")
                .param("s", subject)
                .query((rs, n) -> new Pin(rs.getString(1), rs.getString(2)))
                .optional();
    }

    private record Pin(String fingerprint, String pendingFingerprint) {}
}
