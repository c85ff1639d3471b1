package io.nocvault.inventory.internal;

import io.nocvault.common.ConflictException;
import io.nocvault.common.NotFoundException;
import io.nocvault.common.Origin;
import io.nocvault.common.Paging;
import io.nocvault.drivers.DriverCatalog;
import io.nocvault.inventory.DeviceCreated;
import io.nocvault.inventory.DeviceDeleted;
import io.nocvault.inventory.DeviceSummary;
import io.nocvault.inventory.DeviceUpdated;
import io.nocvault.noc.NocDirectory;
import io.nocvault.noc.NocScope;
import io.nocvault.noc.NocSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes, deletes and reads devices within the caller's {@link NocScope}: a device of a NOC the caller
 * may not see answers 404. Who may write is decided by the controllers.
 */
@Service
@Transactional
public class DeviceService {

    static final String ORDER = "d.hostname_key, d.id";

    private final DeviceStore store;
    private final DeviceSecrets secrets;
    private final NocScope scope;
    private final NocDirectory nocs;
    private final DriverCatalog drivers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeviceService(
            DeviceStore store,
            DeviceSecrets secrets,
            NocScope scope,
            NocDirectory nocs,
            DriverCatalog drivers,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.secrets = secrets;
        this.scope = scope;
        this.nocs = nocs;
        this.drivers = drivers;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<DeviceSummary> list(DeviceFilter filter, Paging paging) {
        DeviceQuery query = DeviceQuery.of(scope.listedSqlCondition("d.noc_id"), filter);
        long total = store.count(query.where(), query.params());
        List<DeviceSummary> rows =
                store.list(query.where(), query.params(), ORDER, paging.limit(), paging.offset()).stream()
                        .map(DeviceRow::summary)
                        .toList();
        return new PageImpl<>(rows, PageRequest.of(0, paging.limit()), total);
    }

    @Transactional(readOnly = true)
    public DeviceDetails get(long id) {
        return details(load(id));
    }

    /** The problems {@code command} would have (duplicates not included); nothing is stored. */
    @Transactional(readOnly = true)
    public List<FieldProblem> problems(DeviceCommand command, boolean creating) {
        return DeviceValidation.check(
                command,
                creating,
                nocId -> nocs.find(nocId).isPresent(),
                type -> drivers.find(type).isPresent());
    }

    public DeviceDetails create(DeviceCommand command, Origin origin) {
        requireValid(problems(command, true));
        StoredDevice device = stored(command, null);
        requireUnique(device, null);
        long id = insert(device);
        events.publishEvent(new DeviceCreated(id, device.nocId(), device.hostname(), device.deviceType(), origin));
        return get(id);
    }

    public DeviceDetails update(long id, DeviceCommand command, Origin origin) {
        DeviceRow current = load(id);
        requireValid(problems(command, false));
        StoredDevice device = stored(command, current);
        requireUnique(device, id);
        try {
            store.update(id, device, clock.instant());
        } catch (DuplicateKeyException e) {
            throw duplicate(device);
        }
        String detail = DeviceChanges.describe(current, device);
        events.publishEvent(new DeviceUpdated(id, device.nocId(), device.hostname(), detail, origin));
        return get(id);
    }

    public void delete(long id, Origin origin) {
        DeviceRow current = load(id);
        store.delete(id);
        events.publishEvent(new DeviceDeleted(id, current.nocId(), current.hostname(), origin));
    }

    /** Enables or disables the visible devices; answers how many changed. */
    public int setEnabled(Collection<Long> ids, boolean enabled, Origin origin) {
        int changed = 0;
        Instant now = clock.instant();
        for (Long id : ids) {
            DeviceRow current = load(id);
            if (current.enabled() != enabled) {
                store.setEnabled(id, enabled, now);
                events.publishEvent(new DeviceUpdated(
                        id, current.nocId(), current.hostname(), enabled ? "enabled" : "disabled", origin));
                changed++;
            }
        }
        return changed;
    }

    DeviceRow load(long id) {
        return store.find(id)
                .filter(r -> scope.canSee(r.nocId()))
                .orElseThrow(() -> new NotFoundException("Device", id));
    }

    private long insert(StoredDevice device) {
        try {
            return store.insert(device, clock.instant());
        } catch (DuplicateKeyException e) {
            throw duplicate(device);
        }
    }

    private StoredDevice stored(DeviceCommand c, DeviceRow current) {
        String password =
                current == null || (c.password() != null && !c.password().isEmpty())
                        ? secrets.sealPassword(c.password())
                        : current.passwordSealed();
        String enable = current == null
                        || (c.enableSecret() != null && !c.enableSecret().isEmpty())
                ? secrets.sealEnable(c.enableSecret())
                : current.enableSecretSealed();
        return new StoredDevice(
                c.nocId(),
                c.hostname().strip(),
                c.address().strip(),
                c.port() == null ? DeviceValidation.DEFAULT_PORT : c.port(),
                c.deviceType().strip(),
                c.username().strip(),
                password,
                enable,
                DeviceValidation.tags(c.tags()),
                DeviceValidation.trim(c.description()),
                c.enabled() == null || c.enabled(),
                millis(c.connectTimeout()),
                millis(c.loginTimeout()),
                millis(c.commandTimeout()));
    }

    private void requireUnique(StoredDevice device, Long self) {
        store.idByHostname(device.nocId(), device.hostname())
                .filter(other -> !other.equals(self))
                .ifPresent(other -> {
                    throw new ConflictException(
                            "hostname", "A device named " + device.hostname() + " already exists in this NOC");
                });
        store.idByAddress(device.nocId(), device.address(), device.port())
                .filter(other -> !other.equals(self))
                .ifPresent(other -> {
                    throw new ConflictException(
                            "address",
                            "A device at " + device.address() + " port " + device.port()
                                    + " already exists in this NOC");
                });
    }

    private static ConflictException duplicate(StoredDevice device) {
        return new ConflictException(
                "hostname",
                "A device named " + device.hostname() + " or at " + device.address() + ":" + device.port()
                        + " already exists in this NOC");
    }

    private static void requireValid(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private DeviceDetails details(DeviceRow row) {
        String nocName = nocs.find(row.nocId()).map(NocSummary::name).orElse("NOC " + row.nocId());
        return new DeviceDetails(
                row.summary(),
                nocName,
                row.username(),
                row.passwordSealed() != null,
                row.enableSecretSealed() != null,
                seconds(row.connectTimeoutMillis()),
                seconds(row.loginTimeoutMillis()),
                seconds(row.commandTimeoutMillis()),
                row.createdAt(),
                row.updatedAt());
    }

    static Long millis(Integer seconds) {
        return seconds == null ? null : seconds * 1000L;
    }

    static Integer seconds(Long millis) {
        return millis == null ? null : (int) (millis / 1000);
    }
}
