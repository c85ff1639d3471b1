package io.nocvault.backup;

import java.time.Instant;
import java.util.List;

/**
 * What retention does with one version: keep it (with every rule that keeps it, e.g. {@code daily},
 * {@code oldest monthly}, {@code within 30d}, {@code latest version}) or forget it (no reasons).
 */
public record RetentionDecision(long versionId, Instant firstSeen, boolean keep, List<String> reasons) {

    public RetentionDecision {
        reasons = List.copyOf(reasons);
    }
}
