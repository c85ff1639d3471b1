package io.nocvault.backup;

import java.time.Instant;

/**
 * A device's configuration changed: a new version was stored after an earlier one. Line counts compare the
 * normalized texts, so volatile lines never count.
 */
public record ConfigChanged(
        long runId,
        long deviceId,
        long nocId,
        String hostname,
        Long previousVersionId,
        long versionId,
        int linesAdded,
        int linesRemoved,
        Instant at) {}
