package io.nocvault.reporting.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * Backups per day over a period, for a chart.
 *
 * @param successRate succeeded / all outcomes in percent, {@code null} without outcomes
 */
public record Trends(
        LocalDate from, LocalDate to, long succeeded, long failed, Double successRate, List<TrendDay> results) {

    static Trends of(LocalDate from, LocalDate to, List<TrendDay> days) {
        long ok = days.stream().mapToLong(TrendDay::succeeded).sum();
        long bad = days.stream().mapToLong(TrendDay::failed).sum();
        Double rate = ok + bad == 0 ? null : Math.round(ok * 1000.0 / (ok + bad)) / 10.0;
        return new Trends(from, to, ok, bad, rate, days);
    }

    public long max() {
        return results.stream().mapToLong(TrendDay::total).max().orElse(0);
    }
}
