package io.nocvault.inventory;

import io.nocvault.transport.DeviceAccess;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Read access to devices for other modules, scoped to the caller's {@link io.nocvault.noc.NocScope} (background work
 * without a user sees every device): a device of a NOC the caller may not see does not exist.
 */
public interface DeviceDirectory {

    /** The device, when it exists and the caller may see it. */
    Optional<DeviceSummary> find(long deviceId);

    /** The device; {@link io.nocvault.common.NotFoundException} (404) when missing or not visible. */
    DeviceSummary require(long deviceId);

    /** Every device the caller may see, by NOC and hostname. */
    List<DeviceSummary> visible();

    /** The visible devices of the given NOCs (404 for a NOC the caller may not see). */
    List<DeviceSummary> ofNocs(Collection<Long> nocIds);

    /** The visible devices of the given device types (keys, e.g. {@code cisco_ios}). */
    List<DeviceSummary> ofTypes(Collection<String> typeKeys);

    /** The visible devices carrying any of the tags. */
    List<DeviceSummary> withTags(Collection<String> tags);

    /** The ids of every device of a NOC, whatever the caller's scope (for clean-up work). */
    List<Long> idsOfNoc(long nocId);

    /**
     * Everything needed to log in to the device: endpoint, driver, opened credentials and effective timeouts
     * ({@code TransportTimeouts.resolve(global, declaredBy(driver), device override)}). 404 when not visible.
     */
    DeviceAccess access(long deviceId);

    /**
     * Records the outcome of a backup attempt on the device (status, time and error shown by device lists). Not
     * scoped: called by background runs.
     *
     * @param error the classified error for {@link BackupStatus#FAILED}, else {@code null}
     */
    void recordBackup(long deviceId, BackupStatus status, Instant at, String error);
}
