package io.nocvault.inventory.api;

import io.nocvault.common.Origin;
import io.nocvault.common.PageResponse;
import io.nocvault.common.Paging;
import io.nocvault.inventory.DevicePinger;
import io.nocvault.inventory.internal.ConnectionTests;
import io.nocvault.inventory.internal.DeviceDetails;
import io.nocvault.inventory.internal.DeviceFilter;
import io.nocvault.inventory.internal.DeviceService;
import io.nocvault.inventory.internal.FieldProblem;
import io.nocvault.inventory.internal.InvalidInputException;
import io.nocvault.inventory.internal.InventoryAuthorization;
import io.nocvault.transport.ConnectionReport;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/devices}: the inventory. Every role reads the devices of the NOCs it sees; operators test and
 * ping; admins create, change and delete. A device of another NOC answers 404.
 */
@RestController
@RequestMapping("/api/v1/devices")
@PreAuthorize(InventoryAuthorization.READ)
class DeviceApiController {

    private final DeviceService devices;
    private final ConnectionTests tests;
    private final DevicePinger pinger;

    DeviceApiController(DeviceService devices, ConnectionTests tests, DevicePinger pinger) {
        this.devices = devices;
        this.tests = tests;
        this.pinger = pinger;
    }

    @GetMapping
    PageResponse<DeviceResponse> list(
            @RequestParam(required = false) Long nocId,
            @RequestParam(required = false) String deviceType,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String enabled,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Long offset) {
        Paging paging = Paging.of(limit, offset);
        DeviceFilter filter = DeviceFilter.parse(nocId, deviceType, tag, status, enabled, q);
        Page<DeviceDetails> page = devices.list(filter, paging);
        return PageResponse.of(
                page.getTotalElements(),
                paging,
                page.getContent().stream().map(DeviceResponse::of).toList());
    }

    @GetMapping("/{id}")
    DeviceResponse get(@PathVariable long id) {
        return DeviceResponse.of(devices.get(id));
    }

    @PostMapping
    @PreAuthorize(InventoryAuthorization.CREATE)
    ResponseEntity<DeviceResponse> create(@RequestBody DeviceRequest body) {
        DeviceDetails created = devices.create(body.toCommand(), Origin.current());
        return ResponseEntity.created(URI.create("/api/v1/devices/" + created.id()))
                .body(DeviceResponse.of(created));
    }

    @PutMapping("/{id}")
    @PreAuthorize(InventoryAuthorization.EDIT)
    DeviceResponse update(@PathVariable long id, @RequestBody DeviceRequest body) {
        return DeviceResponse.of(devices.update(id, body.toCommand(), Origin.current()));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(InventoryAuthorization.EDIT)
    ResponseEntity<Void> delete(@PathVariable long id) {
        devices.delete(id, Origin.current());
        return ResponseEntity.noContent().build();
    }

    /** Test connection: {@code {"ok":…,"steps":[{"step","ok","millis","error"}]}}. */
    @PostMapping("/{id}/test")
    @PreAuthorize(InventoryAuthorization.OPERATE)
    ConnectionReport test(@PathVariable long id) {
        return tests.test(id);
    }

    /** Pings the given devices now: {@code {"ids":[…]}}. */
    @PostMapping("/ping")
    @PreAuthorize(InventoryAuthorization.PING)
    DevicePinger.PingReport ping(@RequestBody PingRequest body) {
        List<Long> ids = body.ids() == null
                ? List.of()
                : body.ids().stream().filter(Objects::nonNull).toList();
        if (ids.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldProblem("ids", "Name at least one device")));
        }
        if (ids.size() > 10_000) {
            throw new InvalidInputException(List.of(new FieldProblem("ids", "At most 10000 devices at once")));
        }
        return pinger.ping(ids);
    }

    /** The body of {@code POST /api/v1/devices/ping}. */
    record PingRequest(List<Long> ids) {}
}
