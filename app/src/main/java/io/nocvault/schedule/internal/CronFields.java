package io.nocvault.schedule.internal;

import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.scheduling.support.CronExpression;

/**
 * 5-field cron expressions ({@code minute hour day-of-month month day-of-week}, as crontab and seed 001 write them),
 * checked and parsed with Spring's {@link CronExpression} (which takes a leading seconds field).
 */
final class CronFields {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String[] NAMES = {"minute", "hour", "day of month", "month", "day of week"};

    private CronFields() {}

    /** What is wrong with the expression, or empty when it is a valid 5-field expression. */
    static Optional<String> problem(String cron) {
        if (cron == null || cron.isBlank()) {
            return Optional.of("Enter a cron expression, e.g. 30 2 * * *");
        }
        String[] fields = WHITESPACE.split(cron.strip());
        if (fields.length != 5) {
            return Optional.of("A cron expression has 5 fields (minute hour day-of-month month day-of-week), not "
                    + fields.length);
        }
        for (int i = 0; i < fields.length; i++) {
            String only = "0 " + (i == 0 ? fields[0] : "0") + " " + (i == 1 ? fields[1] : "0") + " "
                    + (i == 2 ? fields[2] : "*") + " " + (i == 3 ? fields[3] : "*") + " "
                    + (i == 4 ? fields[4] : "*");
            if (!CronExpression.isValidExpression(only)) {
                return Optional.of("The " + NAMES[i] + " field is not valid");
            }
        }
        if (!CronExpression.isValidExpression("0 " + cron.strip())) {
            return Optional.of("Not a valid cron expression");
        }
        return Optional.empty();
    }

    static CronExpression parse(String cron) {
        return CronExpression.parse("0 " + normalize(cron));
    }

    /** The expression with single spaces between its fields. */
    static String normalize(String cron) {
        return String.join(" ", WHITESPACE.split(cron.strip()));
    }
}
