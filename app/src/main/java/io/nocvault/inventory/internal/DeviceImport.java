package io.nocvault.inventory.internal;

import io.nocvault.common.Origin;
import io.nocvault.drivers.Driver;
import io.nocvault.drivers.DriverCatalog;
import io.nocvault.inventory.DevicesImported;
import io.nocvault.inventory.internal.ImportReport.ImportError;
import io.nocvault.noc.NocDirectory;
import io.nocvault.noc.NocSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV import: reads the whole file, validates every row with the device rules (plus duplicates within the file and
 * against the inventory) and creates the valid rows in one transaction, or nothing in a dry run or when the file
 * cannot be read as CSV. The report lists every problem by line and column.
 */
@Service
public class DeviceImport {

    static final int MAX_ROWS = 100_000;

    private final DeviceStore store;
    private final DeviceSecrets secrets;
    private final NocDirectory nocs;
    private final DriverCatalog drivers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeviceImport(
            DeviceStore store,
            DeviceSecrets secrets,
            NocDirectory nocs,
            DriverCatalog drivers,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.secrets = secrets;
        this.nocs = nocs;
        this.drivers = drivers;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ImportReport run(InputStream in, String fileName, boolean dryRun, Origin origin) throws IOException {
        long start = System.nanoTime();
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<ImportError> errors = new ArrayList<>();
        List<Valid> valid = new ArrayList<>();
        int rows = read(text, errors, valid);
        if (rows < 0) {
            return new ImportReport(0, dryRun, 0, errors, millis(start));
        }
        int created = 0;
        if (!dryRun && !valid.isEmpty()) {
            List<StoredDevice> sealed =
                    valid.stream().map(v -> seal(v.device())).toList();
            created = store.insertAll(sealed, clock.instant()).size();
            Set<Long> nocIds = sealed.stream().map(StoredDevice::nocId).collect(Collectors.toSet());
            Long nocId = nocIds.size() == 1 ? nocIds.iterator().next() : null;
            events.publishEvent(new DevicesImported(created, nocId, name(fileName), origin));
        }
        if (dryRun) {
            created = valid.size();
        }
        errors.sort(Comparator.comparingLong(ImportError::line));
        return new ImportReport(created, dryRun, rows, errors, millis(start));
    }

    /** Reads and checks the rows; answers how many rows there were, or -1 when the file is unusable. */
    private int read(String text, List<ImportError> errors, List<Valid> valid) {
        Lines lines = new Lines(text);
        try (CSVParser parser = DeviceCsv.READ.parse(new StringReader(text))) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (!headerOk(header, errors)) {
                return -1;
            }
            RowChecker checker = checker();
            int rows = 0;
            for (CSVRecord r : parser) {
                if (++rows > MAX_ROWS) {
                    errors.clear();
                    errors.add(new ImportError(1, "file", "At most " + MAX_ROWS + " rows per file"));
                    return -1;
                }
                long line = lines.at(r.getCharacterPosition());
                checker.check(r, header.size(), line, errors).ifPresent(d -> valid.add(new Valid(line, d)));
            }
            return rows;
        } catch (UncheckedIOException | IOException | IllegalArgumentException | IllegalStateException e) {
            errors.clear();
            errors.add(new ImportError(Math.max(1, lines.lastLine()), "file", "Not a readable CSV file: " + reason(e)));
            return -1;
        }
    }

    private RowChecker checker() {
        List<NocSummary> visible = nocs.visible();
        Map<String, Long> byName = new HashMap<>();
        visible.forEach(n -> byName.putIfAbsent(n.name().strip().toLowerCase(Locale.ROOT), n.id()));
        Set<Long> ids = visible.stream().map(NocSummary::id).collect(Collectors.toSet());
        Set<String> types = drivers.all().stream().map(Driver::key).collect(Collectors.toSet());
        return new RowChecker(new ImportRow(byName, ids), new ImportKeys(store), ids::contains, types::contains);
    }

    private static boolean headerOk(Map<String, Integer> header, List<ImportError> errors) {
        if (header == null || header.isEmpty()) {
            errors.add(new ImportError(1, "file", "The file is empty: start with the header line of the template"));
            return false;
        }
        for (String column : header.keySet()) {
            if (!DeviceCsv.COLUMNS.contains(column)) {
                errors.add(new ImportError(1, cut(column), "Unknown column"));
            }
        }
        for (String column : DeviceCsv.REQUIRED) {
            if (!header.containsKey(column)) {
                errors.add(new ImportError(1, column, "Missing column"));
            }
        }
        return errors.isEmpty();
    }

    private StoredDevice seal(StoredDevice d) {
        return new StoredDevice(
                d.nocId(),
                d.hostname(),
                d.address(),
                d.port(),
                d.deviceType(),
                d.username(),
                secrets.sealPassword(d.passwordSealed()),
                secrets.sealEnable(d.enableSecretSealed()),
                d.tags(),
                d.description(),
                d.enabled(),
                d.connectTimeoutMillis(),
                d.loginTimeoutMillis(),
                d.commandTimeoutMillis());
    }

    private static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return cut(message.replaceAll("\\s+", " "));
    }

    private static String cut(String value) {
        return value.length() <= 200 ? value : value.substring(0, 200) + "…";
    }

    private static String name(String fileName) {
        return fileName == null || fileName.isBlank() ? "upload" : cut(fileName.strip());
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** A row that passed every check; its secrets are still plain (sealed only when written). */
    private record Valid(long line, StoredDevice device) {}
}
