package io.nocvault.noc.internal;

import java.time.Instant;

/**
 * A NOC as pages and the API show it: jump server secrets only as {@code hasJumpPassword} and
 * {@code hasJumpPrivateKey}.
 */
public record NocDetails(
        long id,
        String name,
        String description,
        String location,
        String contactPerson,
        String contactEmail,
        String contactPhone,
        String jumpHost,
        Integer jumpPort,
        String jumpUsername,
        boolean hasJumpPassword,
        boolean hasJumpPrivateKey,
        Instant createdAt,
        Instant updatedAt) {

    static NocDetails of(Noc noc) {
        boolean jump = noc.getJumpHost() != null;
        return new NocDetails(
                noc.getId(),
                noc.getName(),
                noc.getDescription(),
                noc.getLocation(),
                noc.getContactPerson(),
                noc.getContactEmail(),
                noc.getContactPhone(),
                noc.getJumpHost(),
                jump ? noc.getJumpPort() : null,
                noc.getJumpUsername(),
                noc.getJumpPasswordSealed() != null,
                noc.getJumpPrivateKeySealed() != null,
                noc.getCreatedAt(),
                noc.getUpdatedAt());
    }

    /** True when the NOC's devices are reached without a jump server. */
    public boolean direct() {
        return jumpHost == null;
    }
}
