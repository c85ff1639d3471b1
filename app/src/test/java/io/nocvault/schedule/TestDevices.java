package io.nocvault.schedule;

import io.nocvault.common.NotFoundException;
import io.nocvault.inventory.BackupStatus;
import io.nocvault.inventory.DeviceDirectory;
import io.nocvault.inventory.DeviceSummary;
import io.nocvault.inventory.Reachability;
import io.nocvault.noc.NocScope;
import io.nocvault.transport.DeviceAccess;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The inventory's device lookups as the schedule module uses them (which device is in which NOC, within the caller's
 * scope); devices are added by tests. Only the scoped reads are answered.
 */
public final class TestDevices implements DeviceDirectory {

    private static final AtomicLong IDS = new AtomicLong(5000);

    private final Map<Long, DeviceSummary> devices = new ConcurrentHashMap<>();
    private final NocScope scope;

    public TestDevices(NocScope scope) {
        this.scope = scope;
    }

    /** A new device in the NOC; answers its id. */
    public long add(long nocId, String hostname) {
        long id = IDS.incrementAndGet();
        devices.put(
                id,
                new DeviceSummary(
                        id,
                        nocId,
                        hostname,
                        "192.0.2.1",
                        22,
                        "cisco_ios",
                        Set.of(),
                        null,
                        true,
                        Reachability.UNKNOWN,
                        null,
                        BackupStatus.NEVER,
                        null,
                        null));
        return id;
    }

    @Override
    public Optional<DeviceSummary> find(long deviceId) {
        return Optional.ofNullable(devices.get(deviceId)).filter(d -> scope.canSee(d.nocId()));
    }

    @Override
    public DeviceSummary require(long deviceId) {
        return find(deviceId).orElseThrow(() -> new NotFoundException("Device", deviceId));
    }

    @Override
    public List<DeviceSummary> visible() {
        return devices.values().stream().filter(d -> scope.canSee(d.nocId())).toList();
    }

    @Override
    public List<DeviceSummary> ofNocs(Collection<Long> nocIds) {
        return visible().stream().filter(d -> nocIds.contains(d.nocId())).toList();
    }

    @Override
    public List<DeviceSummary> ofTypes(Collection<String> typeKeys) {
        return visible().stream().filter(d -> typeKeys.contains(d.deviceType())).toList();
    }

    @Override
    public List<DeviceSummary> withTags(Collection<String> tags) {
        return visible().stream()
                .filter(d -> d.tags().stream().anyMatch(tags::contains))
                .toList();
    }

    @Override
    public List<Long> idsOfNoc(long nocId) {
        return devices.values().stream()
                .filter(d -> d.nocId() == nocId)
                .map(DeviceSummary::id)
                .toList();
    }

    @Override
    public DeviceAccess access(long deviceId) {
        throw new UnsupportedOperationException("schedules never log in to devices");
    }

    @Override
    public void recordBackup(long deviceId, BackupStatus status, Instant at, String error) {
        throw new UnsupportedOperationException("schedules never record backups");
    }
}
