package io.nocvault.backup;

import java.time.Instant;

/**
 * A version's blob failed verification (missing, altered, or not matching its SHA-256) and the version is now
 * {@link IntegrityStatus#CORRUPT}. Nothing was repaired. {@code problem} says what failed, never any content.
 */
public record IntegrityFailed(long versionId, long deviceId, long nocId, String blobId, String problem, Instant at) {}
