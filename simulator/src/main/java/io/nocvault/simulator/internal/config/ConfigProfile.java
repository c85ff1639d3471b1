package io.nocvault.simulator.internal.config;

import java.util.List;

/**
 * Everything about a platform's config: its generator, volatile and header lines, the header a device always prints,
 * its end-of-config marker line ({@code null} when it has none) and where mutations go.
 */
public record ConfigProfile(
        ConfigGenerator generator,
        List<LineRule> rules,
        List<String> header,
        String endMarker,
        MutationSpec mutation,
        boolean sizeLine) {

    public LineRule ruleFor(String line, int index) {
        for (LineRule rule : rules) {
            if (rule.matches(line, index)) {
                return rule;
            }
        }
        return null;
    }
}
