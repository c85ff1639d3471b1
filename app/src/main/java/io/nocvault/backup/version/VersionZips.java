package io.nocvault.backup.version;

import io.nocvault.backup.BackupVersion;
import io.nocvault.backup.VersionStore;
import io.nocvault.common.NotFoundException;
import io.nocvault.compare.CompareDownloads;
import io.nocvault.inventory.DeviceDirectory;
import io.nocvault.inventory.DeviceSummary;
import io.nocvault.noc.NocScope;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Component;

/**
 * ZIPs of versions (seed 000 "download historical versions in ZIP format"): selected versions, or the latest
 * version of selected devices or of every device of a NOC. Every version is resolved in the caller's scope before
 * the first byte is written; entries are {@code <hostname>/<hostname>_<time>_v<id>.txt}, masked unless an admin
 * asks for raw texts (audited per version).
 */
@Component
public class VersionZips {

    /** The most versions one ZIP holds. */
    public static final int MAX_VERSIONS = 1000;

    private final VersionStore store;
    private final VersionReader reader;
    private final DeviceDirectory devices;
    private final NocScope scope;

    VersionZips(VersionStore store, VersionReader reader, DeviceDirectory devices, NocScope scope) {
        this.store = store;
        this.reader = reader;
        this.devices = devices;
        this.scope = scope;
    }

    /** What to put in the ZIP: one of the three selections. */
    public record Selection(List<Long> versionIds, List<Long> deviceIds, Long nocId, Boolean masked) {

        boolean raw() {
            return Boolean.FALSE.equals(masked);
        }
    }

    /** Resolves the selection to versions (404 for anything invisible, 400 for an empty or too large one). */
    public List<BackupVersion> resolve(Selection selection) {
        List<BackupVersion> result = new ArrayList<>();
        if (selection.versionIds() != null && !selection.versionIds().isEmpty()) {
            for (Long id : distinct(selection.versionIds())) {
                result.add(store.get(id));
            }
        } else if (selection.deviceIds() != null && !selection.deviceIds().isEmpty()) {
            for (Long deviceId : distinct(selection.deviceIds())) {
                result.add(store.latest(deviceId).orElseThrow(() -> new NotFoundException("Device", deviceId)));
            }
        } else if (selection.nocId() != null) {
            scope.require(selection.nocId(), "NOC", selection.nocId());
            result.addAll(latestOfNoc(selection.nocId()));
        } else {
            throw new IllegalArgumentException("Give versionIds, deviceIds or nocId");
        }
        if (result.isEmpty()) {
            throw new IllegalArgumentException("Nothing to download: no versions match");
        }
        if (result.size() > MAX_VERSIONS) {
            throw new IllegalArgumentException("At most " + MAX_VERSIONS + " versions per ZIP");
        }
        if (selection.raw()) {
            reader.requireReveal();
        }
        return result;
    }

    private static List<Long> distinct(List<Long> ids) {
        if (ids.stream().anyMatch(id -> id == null)) {
            throw new IllegalArgumentException("Ids must be numbers");
        }
        return ids.stream().distinct().toList();
    }

    /** The latest version of every device of the NOC that has one (devices come from the inventory). */
    private List<BackupVersion> latestOfNoc(long nocId) {
        List<BackupVersion> latest = new ArrayList<>();
        for (DeviceSummary device : devices.ofNocs(List.of(nocId))) {
            store.latest(device.id()).ifPresent(latest::add);
        }
        return latest;
    }

    /** Writes the ZIP of resolved versions to {@code out} (left open). */
    public void write(List<BackupVersion> versions, boolean raw, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Map<Long, String> hostnames = new LinkedHashMap<>();
        for (BackupVersion version : versions) {
            String hostname = hostnames.computeIfAbsent(version.deviceId(), reader::hostname);
            String text = reader.text(version, raw, "zip");
            zip.putNextEntry(new ZipEntry(
                    CompareDownloads.fileName(hostname) + "/" + VersionFiles.name(version, hostname, !raw)));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
    }

    /** A file name for the ZIP. */
    public static String fileName(Selection selection) {
        if (selection.nocId() != null && selection.versionIds() == null && selection.deviceIds() == null) {
            return "noc-" + selection.nocId() + "-latest.zip";
        }
        return "backups.zip";
    }
}
