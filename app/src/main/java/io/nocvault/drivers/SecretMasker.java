package io.nocvault.drivers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Masks secrets for display: for each of the driver's mask patterns, on every line, each capturing group of a
 * match (or the whole match when the pattern has none) becomes {@value #PLACEHOLDER}. Line structure is kept.
 */
@Component
public class SecretMasker {

    public static final String PLACEHOLDER = "<removed>";

    /** Masks a captured text with the driver's rules. */
    public String mask(Driver driver, String text) {
        if (driver.masks().isEmpty()) {
            return text;
        }
        return text.lines().map(line -> maskLine(driver, line)).collect(Collectors.joining("\n"))
                + (text.endsWith("\n") ? "\n" : "");
    }

    private static String maskLine(Driver driver, String line) {
        String result = line;
        for (Pattern pattern : driver.masks()) {
            result = maskAll(pattern, result);
        }
        return result;
    }

    private static String maskAll(Pattern pattern, String line) {
        Matcher m = pattern.matcher(line);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        while (m.find()) {
            if (m.groupCount() == 0) {
                out.append(line, copied, m.start()).append(PLACEHOLDER);
                copied = m.end();
                continue;
            }
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.start(g) >= copied) {
                    out.append(line, copied, m.start(g)).append(PLACEHOLDER);
                    copied = m.end(g);
                }
            }
        }
        return copied == 0 && out.isEmpty()
                ? line
                : out.append(line, copied, line.length()).toString();
    }
}
