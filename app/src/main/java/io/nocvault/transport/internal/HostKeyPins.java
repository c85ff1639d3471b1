package io.nocvault.transport.internal;

import io.nocvault.common.Origin;
import io.nocvault.transport.ConnectStep;
import io.nocvault.transport.HostKeyChanged;
import io.nocvault.transport.SshEndpoint;
import io.nocvault.transport.TransportException;
import java.security.PublicKey;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Trust on first use, then insist: the first key a subject presents is pinned; a different key later refuses the
 * connection, is kept as "pending" for an admin to review, and raises {@link HostKeyChanged} once per new key (the
 * pending key is replaced by a conditional update, so concurrent refused connections announce it only once). A
 * successful check also records the pin's current NOC and label.
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
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        // the usual case, a known device presenting its pinned key, is one statement on every connection
        if (confirm(endpoint, fingerprint, now)) {
            return;
        }
        Optional<String> pinned = pinnedFingerprint(endpoint.hostKey());
        if (pinned.isEmpty()) {
            try {
                insert(endpoint, presented, fingerprint, now);
                return;
            } catch (DuplicateKeyException concurrentFirstUse) {
                pinned = pinnedFingerprint(endpoint.hostKey());
            }
        }
        if (pinned.orElseThrow().equals(fingerprint)) {
            confirm(endpoint, fingerprint, now);
            return;
        }
        recordPending(endpoint, presented, fingerprint, now, pinned.get());
        throw new TransportException(
                ConnectStep.HOST_KEY,
                false,
                viaJump,
                "Host key mismatch: " + endpoint.label() + " presented " + fingerprint + " but " + pinned.get()
                        + " is pinned; an admin must review the new key before NocVault connects again");
    }

    /** Records the pin's current NOC, label and time when it holds this fingerprint; false when it does not. */
    private boolean confirm(SshEndpoint endpoint, String fingerprint, OffsetDateTime now) {
        return jdbc.sql("update host_keys set last_seen = :now, noc_id = :noc, label = :label"
                                + " where subject = :s and fingerprint = :fp")
                        .param("now", now)
                        .param("noc", endpoint.nocId())
                        .param("label", endpoint.label())
                        .param("s", endpoint.hostKey())
                        .param("fp", fingerprint)
                        .update()
                == 1;
    }

    private void recordPending(
            SshEndpoint endpoint, PublicKey key, String fingerprint, OffsetDateTime now, String pinned) {
        int changed = jdbc.sql("update host_keys set pending_key_type = :type, pending_fingerprint = :fp,"
                        + " pending_public_key = :key, pending_seen_at = :now where subject = :s"
                        + " and (pending_fingerprint is null or pending_fingerprint <> :fp)")
                .param("type", KeyUtils.getKeyType(key))
                .param("fp", fingerprint)
                .param("key", PublicKeyEntry.toString(key))
                .param("now", now)
                .param("s", endpoint.hostKey())
                .update();
        if (changed == 1) {
            events.publishEvent(new HostKeyChanged(
                    Origin.current(),
                    endpoint.hostKey(),
                    endpoint.nocId(),
                    endpoint.label(),
                    pinned,
                    fingerprint,
                    Instant.from(now)));
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

    private Optional<String> pinnedFingerprint(String subject) {
        return jdbc.sql("select fingerprint from host_keys where subject = :s")
                .param("s", subject)
                .query(String.class)
                .optional();
    }
}
