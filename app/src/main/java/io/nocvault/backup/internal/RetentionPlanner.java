package io.nocvault.backup.internal;

import io.nocvault.backup.RetentionDecision;
import io.nocvault.backup.RetentionPolicy;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Decides, for the versions of one device, which to keep under a {@link RetentionPolicy}: restic's {@code forget}
 * algorithm. Versions are walked newest first; each period rule keeps the first (newest) version of each period
 * it has not seen yet while its count lasts, and, if its count is not used up, also the oldest version. Periods
 * are calendar periods in the given zone (weeks are ISO weeks, Monday to Sunday). {@code keep-within} keeps every
 * version newer than the window that ends at the latest version not in the future. The latest version always
 * stays. Pure: no database, no clock.
 */
final class RetentionPlanner {

    /** One version to decide on. */
    record Candidate(long id, Instant time) {}

    private static final Comparator<Candidate> NEWEST_FIRST = Comparator.comparing(Candidate::time)
            .thenComparingLong(Candidate::id)
            .reversed();

    private final ZoneId zone;

    RetentionPlanner(ZoneId zone) {
        this.zone = zone;
    }

    /** One decision per candidate, newest first. */
    List<RetentionDecision> plan(List<Candidate> candidates, RetentionPolicy policy, Instant now) {
        List<Candidate> sorted = candidates.stream().sorted(NEWEST_FIRST).toList();
        List<Bucket> buckets = buckets(policy);
        Instant windowStart = windowStart(sorted, policy, now);
        List<RetentionDecision> decisions = new ArrayList<>(sorted.size());
        for (int nr = 0; nr < sorted.size(); nr++) {
            Candidate version = sorted.get(nr);
            List<String> reasons = new ArrayList<>();
            if (nr == 0) {
                reasons.add("latest version");
            }
            if (policy.keepsEverything()) {
                reasons.add("no retention rule");
            }
            if (windowStart != null && version.time().isAfter(windowStart)) {
                reasons.add("within " + policy.keepWithin());
            }
            boolean oldest = nr == sorted.size() - 1;
            ZonedDateTime local = version.time().atZone(zone);
            for (Bucket bucket : buckets) {
                bucket.offer(bucket.key.apply(local, nr), oldest, reasons);
            }
            decisions.add(new RetentionDecision(version.id(), version.time(), !reasons.isEmpty(), reasons));
        }
        return decisions;
    }

    private Instant windowStart(List<Candidate> newestFirst, RetentionPolicy policy, Instant now) {
        if (policy.keepWithin().isNone()) {
            return null;
        }
        Instant latest = newestFirst.stream()
                .map(Candidate::time)
                .filter(time -> !time.isAfter(now))
                .findFirst()
                .orElse(Instant.EPOCH);
        return policy.keepWithin().before(latest.atZone(zone)).toInstant();
    }

    private static List<Bucket> buckets(RetentionPolicy p) {
        List<Bucket> buckets = new ArrayList<>();
        add(buckets, "last", p.keepLast(), (time, nr) -> (long) nr);
        add(buckets, "hourly", p.keepHourly(), (t, nr) -> day(t) * 100 + t.getHour());
        add(buckets, "daily", p.keepDaily(), (t, nr) -> day(t));
        add(
                buckets,
                "weekly",
                p.keepWeekly(),
                (t, nr) -> t.get(IsoFields.WEEK_BASED_YEAR) * 100L + t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        add(buckets, "monthly", p.keepMonthly(), (t, nr) -> t.getYear() * 100L + t.getMonthValue());
        add(buckets, "yearly", p.keepYearly(), (t, nr) -> (long) t.getYear());
        return buckets;
    }

    private static long day(ZonedDateTime t) {
        return t.getYear() * 10_000L + t.getMonthValue() * 100L + t.getDayOfMonth();
    }

    private static void add(
            List<Bucket> buckets, String name, int count, BiFunction<ZonedDateTime, Integer, Long> key) {
        if (count != 0) {
            buckets.add(new Bucket(name, count, key));
        }
    }

    /** One counting rule: how many periods are left, and the last period kept. */
    private static final class Bucket {
        private final String name;
        private final BiFunction<ZonedDateTime, Integer, Long> key;
        private int remaining;
        private Long last;

        Bucket(String name, int count, BiFunction<ZonedDateTime, Integer, Long> key) {
            this.name = name;
            this.remaining = count;
            this.key = key;
        }

        void offer(long period, boolean oldest, List<String> reasons) {
            if (remaining == 0) {
                return;
            }
            boolean newPeriod = last == null || last != period;
            if (!newPeriod && !oldest) {
                return;
            }
            reasons.add(newPeriod ? name : "oldest " + name);
            last = period;
            if (remaining > 0) {
                remaining--;
            }
        }
    }
}
