package io.nocvault.drivers.internal;

import io.nocvault.drivers.Driver;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The driver's patterns compiled to match at the end of the unfinished last line. A line longer than {@value
 * #MAX_TAIL} characters is never a prompt.
 */
final class TailPatterns {

    static final int MAX_TAIL = 512;

    final Pattern user;
    final Pattern privileged;
    final Pattern pager;
    final Pattern enablePassword;
    final Pattern pressAnyKey;
    final Pattern username;
    final Pattern password;
    final Pattern configMode;
    final List<Pattern> prompts;

    TailPatterns(Driver driver) {
        user = atEnd(driver.prompts().user());
        privileged = atEnd(driver.prompts().privileged());
        pager = atEnd(driver.pager().prompt());
        enablePassword = driver.enable() == null ? null : atEnd(driver.enable().passwordPrompt());
        pressAnyKey = atEnd(driver.login().pressAnyKey());
        username = atEnd(driver.login().username());
        password = atEnd(driver.login().password());
        configMode = driver.restore() == null ? null : atEnd(driver.restore().prompt());
        List<Pattern> any = new ArrayList<>();
        if (privileged != null) {
            any.add(privileged);
        }
        if (user != null) {
            any.add(user);
        }
        prompts = List.copyOf(any);
    }

    /** Whether the tail ends in a match of the pattern ({@code null} matches nothing). */
    static boolean matches(Pattern pattern, String tail) {
        return pattern != null
                && tail.length() <= MAX_TAIL
                && pattern.matcher(tail).find();
    }

    static boolean matchesAny(List<Pattern> patterns, String tail) {
        return patterns.stream().anyMatch(p -> matches(p, tail));
    }

    private static Pattern atEnd(Pattern pattern) {
        return pattern == null ? null : Pattern.compile("(?:" + pattern.pattern() + ")$", pattern.flags());
    }
}
