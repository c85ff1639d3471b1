package io.nocvault.backup;

import java.time.Instant;

/** A device was backed up: a new version was stored ({@code changed}) or the latest one confirmed. */
public record BackupSucceeded(
        long runId, long deviceId, long nocId, String hostname, long versionId, boolean changed, Instant at) {}
