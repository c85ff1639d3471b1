package io.nocvault.backup;

import java.util.List;

/** What retention would keep and forget of one device's versions under {@code policy}, newest first. */
public record RetentionPreview(
        long deviceId, RetentionPolicy policy, boolean override, List<RetentionDecision> decisions) {

    public RetentionPreview {
        decisions = List.copyOf(decisions);
    }

    public List<RetentionDecision> forgotten() {
        return decisions.stream().filter(d -> !d.keep()).toList();
    }

    public List<RetentionDecision> kept() {
        return decisions.stream().filter(RetentionDecision::keep).toList();
    }
}
