package io.nocvault.reporting.web;

import io.nocvault.reporting.internal.TrendDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of the dashboard's inline SVG charts, computed on the server so that the page needs no chart script.
 * Colours are CSS classes ({@code series-0}…, {@code ok}, {@code bad}) so that the light and dark themes apply.
 */
final class Charts {

    static final int TREND_HEIGHT = 120;
    static final int TREND_BAR = 10;
    static final int TREND_GAP = 4;
    static final int PALETTE = 8;

    private Charts() {}

    /** A horizontal bar: {@code percent} of the longest bar's length (0..100). */
    record Bar(String label, long value, double percent, String css) {}

    /**
     * A donut slice drawn as a dashed circle of circumference 100: {@code dash} of it from {@code offset}.
     *
     * @param share percent of the whole, for the legend
     */
    record Slice(String label, long value, String dash, String offset, String share, String css) {}

    /** One day's stacked column: failed on top of succeeded, heights in SVG units. */
    record Column(String day, long succeeded, long failed, int x, int okY, int okHeight, int badY, int badHeight) {

        public String title() {
            return day + ": " + succeeded + " succeeded, " + failed + " failed";
        }
    }

    static List<Bar> bars(List<String> labels, List<Long> values, List<String> css) {
        long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            double percent = max == 0 ? 0 : Math.round(values.get(i) * 1000.0 / max) / 10.0;
            bars.add(new Bar(labels.get(i), values.get(i), percent, css.get(i)));
        }
        return bars;
    }

    static List<Slice> donut(List<String> labels, List<Long> values) {
        long total = values.stream().mapToLong(Long::longValue).sum();
        List<Slice> slices = new ArrayList<>();
        double start = 0;
        for (int i = 0; i < labels.size(); i++) {
            double share = total == 0 ? 0 : values.get(i) * 100.0 / total;
            // the circle's stroke starts at 3 o'clock; an offset of 25 starts the first slice at 12
            slices.add(new Slice(
                    labels.get(i),
                    values.get(i),
                    num(share) + " " + num(100 - share),
                    num(25 - start),
                    String.format(Locale.ROOT, "%.1f", share),
                    "series-" + (i % PALETTE)));
            start += share;
        }
        return slices;
    }

    static List<Column> columns(List<TrendDay> days, long max) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            TrendDay d = days.get(i);
            int okHeight = scale(d.succeeded(), max);
            int badHeight = scale(d.failed(), max);
            int okY = TREND_HEIGHT - okHeight;
            columns.add(new Column(
                    d.day().toString(),
                    d.succeeded(),
                    d.failed(),
                    i * (TREND_BAR + TREND_GAP),
                    okY,
                    okHeight,
                    okY - badHeight,
                    badHeight));
        }
        return columns;
    }

    static int trendWidth(int days) {
        return Math.max(1, days * (TREND_BAR + TREND_GAP) - TREND_GAP);
    }

    private static int scale(long value, long max) {
        if (max == 0 || value == 0) {
            return 0;
        }
        return (int) Math.max(1, Math.round(value * (double) TREND_HEIGHT / max));
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
