package io.nocvault.backup.diff;

import io.nocvault.backup.BackupVersion;
import io.nocvault.backup.VersionStore;
import io.nocvault.backup.version.VersionFiles;
import io.nocvault.backup.version.VersionReader;
import io.nocvault.common.ConflictException;
import io.nocvault.common.NotFoundException;
import io.nocvault.compare.CompareOptions;
import io.nocvault.compare.ComparedText;
import io.nocvault.compare.Comparison;
import io.nocvault.compare.ConfigComparer;
import io.nocvault.drivers.Driver;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Compares two stored versions for the compare API and pages: both fetched in the caller's NOC scope (404
 * otherwise), of one device or of two. "Ignore volatile lines" compares the stored normalized texts; secrets are
 * masked with the devices' drivers' rules (every driver's when a type is unknown) unless an admin reveals them,
 * which is audited for both versions.
 */
@Component
class VersionComparisons {

    /** The most context lines asked for; more shows the whole text. */
    static final int MAX_CONTEXT = 100_000;

    private final VersionStore store;
    private final VersionReader reader;
    private final ConfigComparer comparer;

    VersionComparisons(VersionStore store, VersionReader reader, ConfigComparer comparer) {
        this.store = store;
        this.reader = reader;
        this.comparer = comparer;
    }

    /** What to compare and how. */
    record Request(long from, long to, int context, boolean ignoreVolatile, boolean reveal) {

        Request {
            if (context < 0) {
                throw new IllegalArgumentException("context must be 0 or more");
            }
        }
    }

    /** Two versions, their texts as compared, and the comparison. */
    record Compared(
            BackupVersion from,
            BackupVersion to,
            String fromHostname,
            String toHostname,
            ComparedText fromText,
            ComparedText toText,
            Comparison comparison,
            Request request) {}

    Compared compare(Request request) {
        BackupVersion from = store.get(request.from());
        BackupVersion to = store.get(request.to());
        if (request.reveal()) {
            reader.requireReveal();
        }
        String fromHost = reader.hostname(from.deviceId());
        String toHost = reader.hostname(to.deviceId());
        ComparedText fromText = new ComparedText(VersionFiles.label(from, fromHost), text(from, request));
        ComparedText toText = new ComparedText(VersionFiles.label(to, toHost), text(to, request));
        int context = request.context() > MAX_CONTEXT ? CompareOptions.WHOLE_TEXT : request.context();
        CompareOptions options = comparer.options(context, false, !request.reveal(), drivers(from, to));
        Comparison comparison = comparer.compare(fromText, toText, options);
        if (request.reveal()) {
            reader.revealed(from, "compare");
            reader.revealed(to, "compare");
        }
        return new Compared(
                from,
                to,
                fromHost,
                toHost,
                comparer.prepare(fromText, options),
                comparer.prepare(toText, options),
                comparison,
                request);
    }

    private String text(BackupVersion version, Request request) {
        return request.ignoreVolatile() ? store.readNormalized(version.id()) : store.read(version.id());
    }

    private Driver[] drivers(BackupVersion from, BackupVersion to) {
        Set<Driver> drivers = new LinkedHashSet<>(reader.driversFor(from.deviceId()));
        drivers.addAll(reader.driversFor(to.deviceId()));
        return drivers.toArray(Driver[]::new);
    }

    /** The ids of the device's previous and latest versions (404 for an unknown device, 409 with one version). */
    long[] latestAndPrevious(long deviceId) {
        List<BackupVersion> versions = new ArrayList<>(store.versions(deviceId));
        if (versions.isEmpty()) {
            throw new NotFoundException("Device", deviceId);
        }
        if (versions.size() < 2) {
            throw new ConflictException(null, "The device has only one version: nothing to compare yet");
        }
        return new long[] {versions.get(1).id(), versions.get(0).id()};
    }
}
