package io.nocvault.reporting.internal;

import java.time.LocalDate;

/** Backups of one UTC day. */
public record TrendDay(LocalDate day, long succeeded, long failed) {

    public long total() {
        return succeeded + failed;
    }
}
