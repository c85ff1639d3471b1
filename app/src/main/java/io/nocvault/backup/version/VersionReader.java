package io.nocvault.backup.version;

import io.nocvault.backup.BackupVersion;
import io.nocvault.backup.VersionRevealed;
import io.nocvault.backup.VersionStore;
import io.nocvault.common.Origin;
import io.nocvault.drivers.Driver;
import io.nocvault.drivers.DriverCatalog;
import io.nocvault.drivers.SecretMasker;
import io.nocvault.inventory.DeviceDirectory;
import io.nocvault.inventory.DeviceSummary;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Reads versions for the API and pages of the backup module: the device behind a version, the driver whose
 * masking rules apply, and the configuration text masked (default) or revealed (admins only, audited as
 * {@link VersionRevealed}). When a version's device or driver is unknown, every driver's mask patterns apply, so
 * that a secret is never shown by accident.
 */
@Component
public class VersionReader {

    private final VersionStore store;
    private final ObjectProvider<DeviceDirectory> devices;
    private final DriverCatalog drivers;
    private final SecretMasker masker;
    private final Roles roles;
    private final ApplicationEventPublisher events;

    VersionReader(
            VersionStore store,
            ObjectProvider<DeviceDirectory> devices,
            DriverCatalog drivers,
            SecretMasker masker,
            Roles roles,
            ApplicationEventPublisher events) {
        this.store = store;
        this.devices = devices;
        this.drivers = drivers;
        this.masker = masker;
        this.roles = roles;
        this.events = events;
    }

    /** The version (404 when absent or of another NOC). */
    public BackupVersion get(long versionId) {
        return store.get(versionId);
    }

    /** The device, when the inventory knows it and the caller may see it. */
    public Optional<DeviceSummary> device(long deviceId) {
        DeviceDirectory directory = devices.getIfAvailable();
        return directory == null ? Optional.empty() : directory.find(deviceId);
    }

    /** The device's hostname, or {@code device <id>} when the inventory does not know it (any more). */
    public String hostname(long deviceId) {
        return device(deviceId).map(DeviceSummary::hostname).orElse("device " + deviceId);
    }

    /** The driver of the device's type, if known. */
    public Optional<Driver> driver(long deviceId) {
        return device(deviceId).flatMap(d -> drivers.find(d.deviceType()));
    }

    /** The drivers whose rules apply to the device: its own, or every driver when its type is unknown. */
    public List<Driver> driversFor(long deviceId) {
        return driver(deviceId).map(List::of).orElseGet(drivers::all);
    }

    /** Whether the caller may see secrets unmasked (ADMIN and above). */
    public boolean mayReveal() {
        return roles.has("ADMIN");
    }

    /** Secrets of the text masked with the rules of the version's device. */
    public String mask(long deviceId, String text) {
        String result = text;
        for (Driver driver : driversFor(deviceId)) {
            result = masker.mask(driver, result);
        }
        return result;
    }

    /**
     * The version's configuration, masked unless {@code reveal}; revealing needs ADMIN (403 otherwise) and is
     * audited with {@code how} saying where it was shown.
     */
    public String text(BackupVersion version, boolean reveal, String how) {
        if (reveal) {
            requireReveal();
            String raw = store.read(version.id());
            revealed(version, how);
            return raw;
        }
        return mask(version.deviceId(), store.read(version.id()));
    }

    /** 403 unless the caller may reveal secrets. */
    public void requireReveal() {
        roles.require("ADMIN", "Showing secrets unmasked");
    }

    /** Publishes the audit event of a reveal. */
    public void revealed(BackupVersion version, String how) {
        events.publishEvent(
                new VersionRevealed(Origin.current(), version.id(), version.deviceId(), version.nocId(), how));
    }
}
