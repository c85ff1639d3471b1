package io.nocvault.backup.restore;

import io.nocvault.backup.BackupVersion;
import io.nocvault.backup.ConfigRestored;
import io.nocvault.backup.StoreOutcome;
import io.nocvault.backup.VersionStore;
import io.nocvault.backup.version.Roles;
import io.nocvault.backup.version.VersionFiles;
import io.nocvault.backup.version.VersionReader;
import io.nocvault.common.ConflictException;
import io.nocvault.common.Origin;
import io.nocvault.compare.CompareOptions;
import io.nocvault.compare.ComparedText;
import io.nocvault.compare.Comparison;
import io.nocvault.compare.ConfigComparer;
import io.nocvault.drivers.CaptureException;
import io.nocvault.drivers.CaptureResult;
import io.nocvault.drivers.ConfigNormalizer;
import io.nocvault.drivers.Driver;
import io.nocvault.drivers.SecretMasker;
import io.nocvault.inventory.DeviceDirectory;
import io.nocvault.inventory.DeviceSummary;
import io.nocvault.noc.JumpServer;
import io.nocvault.noc.NocDirectory;
import io.nocvault.transport.DeviceAccess;
import io.nocvault.transport.DeviceCli;
import io.nocvault.transport.JumpEndpoints;
import io.nocvault.transport.JumpTunnel;
import io.nocvault.transport.SshConnector;
import io.nocvault.transport.StepListener;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Restores a version to its device (issue 4 "Restore"), for drivers that declare a restore procedure. A preview
 * captures the device's configuration now and compares it with the version (normalized, secrets masked); the
 * restore, confirmed with the version's SHA-256 from the preview, pushes the version's raw text (verified, never a
 * masked text), captures again, records that capture as a backup and reports whether the device now matches.
 * OPERATOR and above; another NOC's version is 404 first. Audited as {@link ConfigRestored}.
 */
@Component
class RestoreService {

    private final VersionStore store;
    private final VersionReader reader;
    private final Roles roles;
    private final DeviceDirectory devices;
    private final NocDirectory nocs;
    private final SshConnector connector;
    private final DeviceCli cli;
    private final ConfigNormalizer normalizer;
    private final ConfigComparer comparer;
    private final SecretMasker masker;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RestoreService(
            VersionStore store,
            VersionReader reader,
            Roles roles,
            DeviceDirectory devices,
            NocDirectory nocs,
            SshConnector connector,
            DeviceCli cli,
            ConfigNormalizer normalizer,
            ConfigComparer comparer,
            SecretMasker masker,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.reader = reader;
        this.roles = roles;
        this.devices = devices;
        this.nocs = nocs;
        this.connector = connector;
        this.cli = cli;
        this.normalizer = normalizer;
        this.comparer = comparer;
        this.masker = masker;
        this.events = events;
        this.clock = clock;
    }

    /** What a restore would change: the device's configuration now against the version. */
    record Preview(
            long versionId,
            long deviceId,
            String hostname,
            String deviceType,
            String sha256,
            boolean identical,
            Comparison comparison) {}

    /** What a restore did. */
    record Result(
            long versionId,
            long deviceId,
            String hostname,
            boolean pushed,
            boolean matches,
            String error,
            Long recordedVersionId,
            Comparison remaining) {}

    Preview preview(long versionId) {
        Target target = target(versionId);
        CaptureResult now = withDevice(target, via -> cli.capture(target.access, via, StepListener.NONE));
        Comparison comparison = compare(target, now.config(), target.version);
        return new Preview(
                versionId,
                target.device.id(),
                target.device.hostname(),
                target.device.deviceType(),
                target.version.blobId(),
                comparison.identical(),
                comparison);
    }

    Result restore(long versionId, String sha256) {
        Target target = target(versionId);
        if (sha256 == null || !sha256.strip().equalsIgnoreCase(target.version.blobId())) {
            throw new ConflictException(
                    "sha256", "Confirm with the SHA-256 of the version shown by the preview (" + versionId + ")");
        }
        Origin origin = Origin.current();
        String hostname = target.device.hostname();
        CaptureResult after;
        try {
            after = withDevice(target, via -> cli.restore(target.access, via, target.raw));
        } catch (CaptureException e) {
            String error = e.getMessage();
            events.publishEvent(new ConfigRestored(
                    origin, versionId, target.device.id(), target.device.nocId(), hostname, false, error));
            return new Result(versionId, target.device.id(), hostname, false, false, error, null, null);
        }
        String normalized = normalizer.normalize(target.access.driver(), after.config());
        boolean matches =
                pushable(target.access.driver(), after.config()).equals(pushable(target.access.driver(), target.raw));
        StoreOutcome recorded = store.record(
                target.device.id(), target.device.nocId(), after.config(), normalized, null, clock.instant());
        events.publishEvent(new ConfigRestored(
                origin, versionId, target.device.id(), target.device.nocId(), hostname, matches, null));
        return new Result(
                versionId,
                target.device.id(),
                hostname,
                true,
                matches,
                null,
                recorded.version().id(),
                matches ? null : compare(target, after.config(), target.version));
    }

    private Comparison compare(Target target, String current, BackupVersion version) {
        Driver driver = target.access.driver();
        CompareOptions options = CompareOptions.defaults()
                .ignoringVolatileLines(text -> pushable(driver, text))
                .maskingSecrets(text -> masker.mask(driver, text));
        return comparer.compare(
                new ComparedText(target.device.hostname() + " · now", current),
                new ComparedText(VersionFiles.label(version, target.device.hostname()), target.raw),
                options);
    }

    /**
     * The lines a restore can bring back: the normalized text without blank lines and without the lines the
     * driver's restore procedure does not push (comments such as {@code !}, headers). Whether a device matches a
     * version after a restore, and what a preview shows, is decided on these lines.
     */
    private String pushable(Driver driver, String text) {
        List<Pattern> skip = driver.restore().skip();
        return normalizer
                .normalize(driver, text)
                .lines()
                .filter(line -> !line.isBlank())
                .filter(line -> skip.stream().noneMatch(p -> p.matcher(line).find()))
                .map(line -> line + "\n")
                .collect(Collectors.joining());
    }

    private record Target(BackupVersion version, DeviceSummary device, DeviceAccess access, String raw) {}

    private Target target(long versionId) {
        BackupVersion version = store.get(versionId);
        roles.require("OPERATOR", "Restoring a configuration");
        DeviceSummary device = devices.require(version.deviceId());
        DeviceAccess access = devices.access(device.id());
        if (!access.driver().canRestore()) {
            throw new ConflictException(
                    null, "The device type " + device.deviceType() + " declares no restore procedure");
        }
        String raw = store.read(versionId);
        if (raw.contains(SecretMasker.PLACEHOLDER)) {
            throw new ConflictException(null, "The version contains masked secrets; masked text is never pushed");
        }
        return new Target(version, device, access, raw);
    }

    private CaptureResult withDevice(Target target, Function<JumpTunnel, CaptureResult> work) {
        Optional<JumpServer> jump = nocs.jumpServer(target.device.nocId());
        if (jump.isEmpty()) {
            return work.apply(null);
        }
        JumpTunnel tunnel;
        try {
            tunnel = connector.openJump(JumpEndpoints.of(jump.get()), target.access.timeouts(), StepListener.NONE);
        } catch (io.nocvault.transport.TransportException e) {
            throw DeviceCli.asCaptureFailure(e);
        }
        try (tunnel) {
            return work.apply(tunnel);
        }
    }
}
