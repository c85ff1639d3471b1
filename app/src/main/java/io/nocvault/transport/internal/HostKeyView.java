package io.nocvault.transport.internal;

import java.time.OffsetDateTime;

/**
 * A pinned host key as the host keys page and {@code /api/v1/host-keys} show it.
 *
 * @param subject what the key is pinned for: {@code jump:<nocId>} for a NOC's jump server, {@code device:<id>}
 * @param kind {@code jump server} or {@code device}
 * @param target the device or jump server, human readable
 * @param algorithm the pinned key's type, e.g. {@code ssh-ed25519}
 * @param fingerprint the pinned key's SHA256 fingerprint
 * @param offeredAlgorithm for a changed key: the type of the key offered instead, else null
 * @param offeredFingerprint for a changed key: the SHA256 fingerprint offered instead, else null
 * @param offeredAt for a changed key: when that key was first offered, else null
 */
public record HostKeyView(
        long id,
        String subject,
        String kind,
        Long nocId,
        String nocName,
        String target,
        String algorithm,
        String fingerprint,
        OffsetDateTime firstSeen,
        OffsetDateTime lastSeen,
        HostKeyStatus status,
        String offeredAlgorithm,
        String offeredFingerprint,
        OffsetDateTime offeredAt) {

    /** The same pin with its NOC's name. */
    HostKeyView withNocName(String name) {
        return new HostKeyView(
                id,
                subject,
                kind,
                nocId,
                name,
                target,
                algorithm,
                fingerprint,
                firstSeen,
                lastSeen,
                status,
                offeredAlgorithm,
                offeredFingerprint,
                offeredAt);
    }

    static String kindOf(String subject) {
        return subject.startsWith("jump:") ? "jump server" : subject.startsWith("device:") ? "device" : "other";
    }
}
