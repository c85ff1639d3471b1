package io.nocvault.backup;

import java.time.Instant;

/**
 * The store's usage reached the quota ({@code nocvault.backup.quota.limit}): new versions are refused with
 * {@link QuotaExceededException} until usage drops below it. Published once per crossing.
 */
public record QuotaExceeded(long usedBytes, long limitBytes, Instant at) {}
