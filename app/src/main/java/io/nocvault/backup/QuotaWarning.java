package io.nocvault.backup;

import java.time.Instant;

/** The store's usage crossed the warning threshold ({@code nocvault.backup.quota.warn-at}) upwards; once per crossing. */
public record QuotaWarning(long usedBytes, long limitBytes, int warnPercent, Instant at) {}
