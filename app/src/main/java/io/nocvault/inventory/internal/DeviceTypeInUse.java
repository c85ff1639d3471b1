package io.nocvault.inventory.internal;

import io.nocvault.drivers.DeviceTypeUsage;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A device type that devices still use cannot be deleted (their logins need its driver). */
@Component
class DeviceTypeInUse implements DeviceTypeUsage {

    private final DeviceStore devices;

    DeviceTypeInUse(DeviceStore devices) {
        this.devices = devices;
    }

    @Override
    public Optional<String> reasonToKeep(String typeKey) {
        long count = devices.countOfType(typeKey);
        return count == 0 ? Optional.empty() : Optional.of("used by " + count + " device" + (count == 1 ? "" : "s"));
    }
}
