package io.nocvault.backup;

import java.time.Instant;

/** Narrows a version list; every field is optional. {@code from}/{@code to} bound {@code firstSeen}. */
public record VersionFilter(Long deviceId, Long nocId, Instant from, Instant to, IntegrityStatus integrity) {

    public static final VersionFilter ALL = new VersionFilter(null, null, null, null, null);
}
