package io.nocvault.backup.run;

import io.nocvault.inventory.DeviceSummary;

/** A device as a run planned it: what the run's rows and metrics need, fixed when the run starts. */
record PlannedDevice(long deviceId, long nocId, String hostname, String deviceType) {

    static PlannedDevice of(DeviceSummary device) {
        return new PlannedDevice(device.id(), device.nocId(), device.hostname(), device.deviceType());
    }
}
