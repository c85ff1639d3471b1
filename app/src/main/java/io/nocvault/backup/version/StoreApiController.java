package io.nocvault.backup.version;

import io.nocvault.backup.BackupRetention;
import io.nocvault.backup.BackupVersion;
import io.nocvault.backup.RetentionPreview;
import io.nocvault.backup.VersionStore;
import io.nocvault.common.NotFoundException;
import io.nocvault.common.Origin;
import io.nocvault.inventory.DeviceDirectory;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/backups/usage} (quota figures, total and per device) and {@code /api/v1/backups/retention}
 * (the global default, per-device overrides, setting or removing an override (admins), and a preview of what
 * retention would forget).
 */
@RestController
@RequestMapping("/api/v1/backups")
class StoreApiController {

    private final StoreFigures figures;
    private final BackupRetention retention;
    private final VersionStore store;
    private final ObjectProvider<DeviceDirectory> devices;
    private final Roles roles;

    StoreApiController(
            StoreFigures figures,
            BackupRetention retention,
            VersionStore store,
            ObjectProvider<DeviceDirectory> devices,
            Roles roles) {
        this.figures = figures;
        this.retention = retention;
        this.store = store;
        this.devices = devices;
        this.roles = roles;
    }

    /** The retention settings: the default and the overrides of the listed NOCs' devices. */
    record Retention(PolicyJson defaultPolicy, List<StoreFigures.Override> overrides) {}

    /** One device's policy in force. */
    record DevicePolicy(long deviceId, boolean override, PolicyJson policy) {}

    /** Sets ({@code policy}) or removes ({@code policy: null}) a device's override. */
    record RetentionChange(Long deviceId, PolicyJson policy) {}

    @GetMapping("/usage")
    StoreFigures.Usage usage(@RequestParam(required = false) String limit) {
        Long top = VersionParams.id("limit", limit);
        return figures.usage(top == null ? 10 : (int) Math.min(1000, top));
    }

    @GetMapping("/retention")
    Object retention(@RequestParam(required = false) String deviceId) {
        Long device = VersionParams.id("deviceId", deviceId);
        if (device != null) {
            requireDevice(device);
            return new DevicePolicy(
                    device, retention.override(device).isPresent(), PolicyJson.of(retention.policyFor(device)));
        }
        return new Retention(PolicyJson.of(retention.defaultPolicy()), figures.overrides());
    }

    @PutMapping("/retention")
    DevicePolicy setRetention(@RequestBody RetentionChange change) {
        if (change.deviceId() == null) {
            throw new IllegalArgumentException("deviceId is required (the default is set in the configuration)");
        }
        long nocId = requireDevice(change.deviceId());
        roles.require("ADMIN", "Changing retention");
        if (change.policy() == null) {
            retention.removeOverride(change.deviceId(), Origin.current());
        } else {
            retention.setOverride(change.deviceId(), nocId, change.policy().policy(), Origin.current());
        }
        return new DevicePolicy(
                change.deviceId(),
                retention.override(change.deviceId()).isPresent(),
                PolicyJson.of(retention.policyFor(change.deviceId())));
    }

    @GetMapping("/retention/preview")
    RetentionPreview preview(@RequestParam(required = false) String deviceId) {
        Long device = VersionParams.id("deviceId", deviceId);
        if (device == null) {
            throw new IllegalArgumentException("deviceId is required");
        }
        requireDevice(device);
        return retention.preview(device);
    }

    /** The device's NOC: from the inventory, else from its versions; 404 when neither knows a visible device. */
    private long requireDevice(long deviceId) {
        DeviceDirectory directory = devices.getIfAvailable();
        if (directory != null) {
            Optional<Long> noc = directory.find(deviceId).map(d -> d.nocId());
            if (noc.isPresent()) {
                return noc.get();
            }
        }
        return store.latest(deviceId)
                .map(BackupVersion::nocId)
                .orElseThrow(() -> new NotFoundException("Device", deviceId));
    }
}
