package io.nocvault.demo.internal;

import io.nocvault.common.Origin;
import io.nocvault.inventory.DeviceDirectory;
import io.nocvault.inventory.DeviceProvisioning;
import io.nocvault.inventory.DeviceSummary;
import io.nocvault.inventory.NewDevice;
import io.nocvault.noc.NewNoc;
import io.nocvault.noc.NocProvisioning;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Puts the demo NOCs and devices into the inventory through the NOC and inventory APIs (the same validation as the
 * UI), idempotently: a NOC or device that exists by name is kept as it is, so a restart creates nothing.
 */
final class LabProvisioner {

    static final String SIMULATOR_HOST = "127.0.0.1";

    private final NocProvisioning nocs;
    private final DeviceProvisioning provisioning;
    private final DeviceDirectory directory;

    LabProvisioner(NocProvisioning nocs, DeviceProvisioning provisioning, DeviceDirectory directory) {
        this.nocs = nocs;
        this.provisioning = provisioning;
        this.directory = directory;
    }

    LabInventory provision(LabSettings settings, LabPlan plan) {
        Origin origin = Origin.system();
        int[] created = {0};
        long jnb = nocs.findByName(LabPlan.JOHANNESBURG)
                .orElseGet(() -> {
                    created[0]++;
                    return nocs.create(
                            NewNoc.direct(
                                    LabPlan.JOHANNESBURG,
                                    "Demo lab: simulated devices reached directly from NocVault",
                                    "Johannesburg"),
                            origin);
                })
                .id();
        long cpt = nocs.findByName(LabPlan.CAPE_TOWN)
                .orElseGet(() -> {
                    created[0]++;
                    return nocs.create(
                            NewNoc.behindJumpServer(
                                    LabPlan.CAPE_TOWN,
                                    "Demo lab: simulated devices reached through a simulated jump server",
                                    "Cape Town",
                                    SIMULATOR_HOST,
                                    settings.jumpPort(),
                                    settings.jumpUsername(),
                                    settings.jumpPassword()),
                            origin);
                })
                .id();
        Map<String, Long> existing = directory.ofNocs(List.of(jnb, cpt)).stream()
                .collect(Collectors.toMap(DeviceSummary::hostname, DeviceSummary::id, (a, b) -> a));
        Map<String, Long> ids = new HashMap<>();
        for (LabPlan.Device device : plan.devices()) {
            Long id = existing.get(device.hostname());
            if (id == null) {
                long nocId = device.behindJump() ? cpt : jnb;
                id = provisioning
                        .create(newDevice(device, nocId, settings), origin)
                        .id();
                created[0]++;
            }
            ids.put(device.hostname(), id);
        }
        return new LabInventory(jnb, cpt, ids, created[0]);
    }

    private static NewDevice newDevice(LabPlan.Device device, long nocId, LabSettings settings) {
        return new NewDevice(
                device.hostname(),
                SIMULATOR_HOST,
                device.port(),
                nocId,
                device.platform(),
                settings.deviceUsername(),
                settings.devicePassword(),
                settings.enableSecret(),
                device.tags(),
                device.description(),
                true);
    }
}
