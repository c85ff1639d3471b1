package io.nocvault.inventory.internal;

import io.nocvault.noc.NocDeletionCheck;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A NOC that still has devices cannot be deleted: delete or move its devices first. */
@Component
class DeviceNocDeletionCheck implements NocDeletionCheck {

    private final DeviceStore devices;

    DeviceNocDeletionCheck(DeviceStore devices) {
        this.devices = devices;
    }

    @Override
    public Optional<String> reasonToKeep(long nocId) {
        long count = devices.countOfNoc(nocId);
        return count == 0 ? Optional.empty() : Optional.of(count + " device" + (count == 1 ? "" : "s"));
    }
}
