package io.nocvault.drivers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Produces the text that change detection compares: the driver's volatile lines dropped and rewrites applied,
 * trailing whitespace and leading/trailing blank lines removed, line ends {@code \n}. Stable: normalizing a
 * normalized text changes nothing.
 */
@Component
public class ConfigNormalizer {

    /** Normalizes a captured configuration with the driver's rules. */
    public String normalize(Driver driver, String config) {
        Driver.Normalization rules = driver.normalization();
        List<String> kept = new ArrayList<>();
        for (String line : config.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            if (matchesAny(rules.drop(), line)) {
                continue;
            }
            String rewritten = line;
            for (Driver.Rewrite rewrite : rules.rewrite()) {
                rewritten = rewrite.pattern().matcher(rewritten).replaceAll(rewrite.replacement());
            }
            kept.add(rewritten.stripTrailing());
        }
        int from = 0;
        int to = kept.size();
        while (from < to && kept.get(from).isEmpty()) {
            from++;
        }
        while (to > from && kept.get(to - 1).isEmpty()) {
            to--;
        }
        return from == to ? "" : String.join("\n", kept.subList(from, to)) + "\n";
    }

    private static boolean matchesAny(List<Pattern> patterns, String line) {
        for (Pattern pattern : patterns) {
            if (pattern.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }
}
