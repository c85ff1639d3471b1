package io.nocvault.inventory.internal;

import io.nocvault.drivers.DeviceLogin;
import io.nocvault.drivers.Driver;
import io.nocvault.drivers.DriverCatalog;
import io.nocvault.inventory.BackupStatus;
import io.nocvault.inventory.DeviceDirectory;
import io.nocvault.inventory.DeviceSummary;
import io.nocvault.noc.NocScope;
import io.nocvault.transport.DeviceAccess;
import io.nocvault.transport.SshCredentials;
import io.nocvault.transport.SshEndpoint;
import io.nocvault.transport.TimeoutOverride;
import io.nocvault.transport.TransportTimeouts;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link DeviceDirectory} on the {@code devices} table, scoped by {@link NocScope#visibleNocIds()}. */
@Component
@Transactional(readOnly = true)
class InventoryDirectory implements DeviceDirectory {

    private static final String ORDER = "d.noc_id, d.hostname_key, d.id";
    private static final int ALL = Integer.MAX_VALUE;

    private final DeviceStore store;
    private final DeviceService service;
    private final DeviceSecrets secrets;
    private final NocScope scope;
    private final DriverCatalog drivers;
    private final TransportTimeouts globalTimeouts;

    InventoryDirectory(
            DeviceStore store,
            DeviceService service,
            DeviceSecrets secrets,
            NocScope scope,
            DriverCatalog drivers,
            TransportTimeouts globalTimeouts) {
        this.store = store;
        this.service = service;
        this.secrets = secrets;
        this.scope = scope;
        this.drivers = drivers;
        this.globalTimeouts = globalTimeouts;
    }

    @Override
    public Optional<DeviceSummary> find(long deviceId) {
        return store.find(deviceId).filter(r -> scope.canSee(r.nocId())).map(DeviceRow::summary);
    }

    @Override
    public DeviceSummary require(long deviceId) {
        return service.load(deviceId).summary();
    }

    @Override
    public List<DeviceSummary> visible() {
        return query("1 = 1", Map.of());
    }

    @Override
    public List<DeviceSummary> ofNocs(Collection<Long> nocIds) {
        if (nocIds.isEmpty()) {
            return List.of();
        }
        nocIds.forEach(id -> scope.require(id, "NOC", id));
        return query("d.noc_id in (:nocs)", Map.of("nocs", List.copyOf(nocIds)));
    }

    @Override
    public List<DeviceSummary> ofTypes(Collection<String> typeKeys) {
        if (typeKeys.isEmpty()) {
            return List.of();
        }
        return query("d.device_type in (:types)", Map.of("types", List.copyOf(typeKeys)));
    }

    @Override
    public List<DeviceSummary> withTags(Collection<String> tags) {
        if (tags.isEmpty()) {
            return List.of();
        }
        List<String> keys =
                tags.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toList());
        return query(
                "exists (select 1 from device_tags t where t.device_id = d.id and t.tag in (:tags))",
                Map.of("tags", keys));
    }

    @Override
    public List<Long> idsOfNoc(long nocId) {
        return store.idsOfNoc(nocId);
    }

    @Override
    public DeviceAccess access(long deviceId) {
        DeviceRow row = service.load(deviceId);
        Driver driver = drivers.get(row.deviceType());
        String password = secrets.openPassword(row.passwordSealed());
        String enable = secrets.openEnable(row.enableSecretSealed());
        String label = row.hostname() + " (" + row.address() + ":" + row.port() + ")";
        SshEndpoint endpoint = new SshEndpoint(
                row.address(),
                row.port(),
                SshCredentials.password(row.username(), password),
                "device:" + row.id(),
                row.nocId(),
                label);
        TimeoutOverride own = new TimeoutOverride(
                duration(row.connectTimeoutMillis()),
                duration(row.loginTimeoutMillis()),
                duration(row.commandTimeoutMillis()));
        TransportTimeouts timeouts = TransportTimeouts.resolve(globalTimeouts, TimeoutOverride.declaredBy(driver), own);
        return new DeviceAccess(
                endpoint, driver, new DeviceLogin(row.username(), password, enable), timeouts, Map.of());
    }

    @Override
    @Transactional
    public void recordBackup(long deviceId, BackupStatus status, Instant at, String error) {
        store.recordBackup(deviceId, status, status == BackupStatus.NEVER ? null : at, error);
    }

    private List<DeviceSummary> query(String condition, Map<String, Object> params) {
        String where = visibleCondition() + " and " + condition;
        return store.list(where, params, ORDER, ALL, 0).stream()
                .map(DeviceRow::summary)
                .toList();
    }

    /** Every NOC the caller may see (not narrowed by the navbar switcher: this is for other modules' work). */
    private String visibleCondition() {
        if (scope.unrestricted()) {
            return "1 = 1";
        }
        List<Long> ids = scope.visibleNocIds().stream().sorted().toList();
        return ids.isEmpty()
                ? "1 = 0"
                : "d.noc_id in (" + ids.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }

    private static Duration duration(Long millis) {
        return millis == null ? null : Duration.ofMillis(millis);
    }
}
