package io.nocvault.reporting.internal;

import io.nocvault.audit.RecentActions;
import io.nocvault.audit.RecentActions.Action;
import io.nocvault.backup.BackupRuns;
import io.nocvault.backup.BackupVersion;
import io.nocvault.backup.RunReport;
import io.nocvault.backup.StoreStatistics;
import io.nocvault.common.Walk;
import io.nocvault.inventory.DeviceStatistics;
import io.nocvault.inventory.DeviceStatistics.DeviceLine;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * The CSV exports (RFC 4180, UTF-8, formula cells neutralised): devices, versions, backup runs and recent actions. Each
 * {@code prepare} method fixes the caller's scope now and answers a writer that streams row by row.
 */
@Component
public class ReportCsv {

    static final String[] DEVICES = {
        "id",
        "noc_id",
        "hostname",
        "address",
        "port",
        "device_type",
        "enabled",
        "reachability",
        "last_backup_status",
        "last_backup_at",
        "health"
    };
    static final String[] VERSIONS = {
        "id",
        "device_id",
        "hostname",
        "noc_id",
        "first_seen",
        "last_confirmed",
        "size",
        "lines",
        "added",
        "removed",
        "run_id",
        "integrity",
        "sha256"
    };
    static final String[] RUNS = {
        "id",
        "target",
        "started_by",
        "status",
        "started_at",
        "finished_at",
        "duration_ms",
        "devices",
        "stored",
        "unchanged",
        "failed",
        "skipped"
    };
    static final String[] ACTIONS = {
        "time", "actor", "action", "target", "noc_id", "ip", "user_agent", "success", "detail"
    };

    private final DeviceStatistics devices;
    private final StoreStatistics store;
    private final BackupRuns runs;
    private final RecentActions actions;
    private final Clock clock;

    ReportCsv(DeviceStatistics devices, StoreStatistics store, BackupRuns runs, RecentActions actions, Clock clock) {
        this.devices = devices;
        this.store = store;
        this.runs = runs;
        this.actions = actions;
        this.clock = clock;
    }

    public Consumer<OutputStream> devices() {
        Walk<DeviceLine> rows = devices.listed();
        Instant now = clock.instant();
        return out -> write(
                out,
                DEVICES,
                printer -> rows.forEach(d -> print(
                        printer,
                        d.id(),
                        d.nocId(),
                        cell(d.hostname()),
                        cell(d.address()),
                        d.port(),
                        cell(d.deviceType()),
                        d.enabled(),
                        d.reachability(),
                        d.lastBackupStatus(),
                        d.lastBackupAt(),
                        DeviceStatistics.health(d.lastBackupStatus(), d.lastBackupAt(), now))));
    }

    /** Versions first seen in {@code [from, to]} (UTC days, inclusive; either may be {@code null}). */
    public Consumer<OutputStream> versions(LocalDate from, LocalDate to) {
        Walk<BackupVersion> rows = store.versions(start(from), end(to));
        Walk<DeviceLine> hosts = devices.listed();
        return out -> {
            Map<Long, String> hostnames = new HashMap<>();
            hosts.forEach(d -> hostnames.put(d.id(), d.hostname()));
            write(
                    out,
                    VERSIONS,
                    printer -> rows.forEach(v -> print(
                            printer,
                            v.id(),
                            v.deviceId(),
                            cell(hostnames.get(v.deviceId())),
                            v.nocId(),
                            v.firstSeen(),
                            v.lastConfirmed(),
                            v.size(),
                            v.lines(),
                            v.added(),
                            v.removed(),
                            v.runId(),
                            v.integrity(),
                            v.blobId())));
        };
    }

    /**
     * Backup runs started in {@code [from, to]} (UTC days, inclusive; either may be {@code null}), newest first, with
     * the counts of the listed NOCs' devices; a run still going has no end and its duration so far.
     */
    public Consumer<OutputStream> runs(LocalDate from, LocalDate to) {
        Walk<RunReport> rows = runs.listed(start(from), end(to));
        return out -> write(
                out,
                RUNS,
                printer -> rows.forEach(r -> print(
                        printer,
                        r.id(),
                        cell(r.target()),
                        cell(r.startedBy()),
                        r.status(),
                        r.startedAt(),
                        r.finishedAt(),
                        r.durationMillis(),
                        r.total(),
                        r.stored(),
                        r.unchanged(),
                        r.failed(),
                        r.skipped())));
    }

    /** Recent actions in {@code [from, to]} (UTC days, inclusive; either may be {@code null}). */
    public Consumer<OutputStream> actions(LocalDate from, LocalDate to) {
        Walk<Action> rows = actions.between(start(from), end(to));
        return out -> write(
                out,
                ACTIONS,
                printer -> rows.forEach(a -> print(
                        printer,
                        a.at(),
                        cell(a.actor()),
                        cell(a.action()),
                        cell(a.target()),
                        a.nocId(),
                        cell(a.ip()),
                        cell(a.userAgent()),
                        a.success(),
                        cell(a.detail()))));
    }

    static Instant start(LocalDate from) {
        return from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static Instant end(LocalDate to) {
        return to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static void write(OutputStream out, String[] header, Consumer<CSVPrinter> rows) {
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            CSVPrinter printer =
                    CSVFormat.DEFAULT.builder().setHeader(header).get().print(writer);
            rows.accept(printer);
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void print(CSVPrinter printer, Object... values) {
        try {
            Object[] cells = new Object[values.length];
            for (int i = 0; i < values.length; i++) {
                cells[i] = values[i] == null ? "" : values[i];
            }
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Neutralises spreadsheet formulas: a cell starting with = + - @ (or tab, carriage return) gets a {@code '}. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
