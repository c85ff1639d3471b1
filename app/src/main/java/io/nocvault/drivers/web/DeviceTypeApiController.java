package io.nocvault.drivers.web;

import io.nocvault.common.PageResponse;
import io.nocvault.common.Paging;
import io.nocvault.drivers.internal.DeviceTypeService;
import io.nocvault.drivers.internal.DeviceTypes;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Device types: built-in drivers (read-only, {@code builtIn: true}) and user-defined types. Reads for every
 * signed-in user; changes for administrators.
 */
@RestController
@RequestMapping("/api/v1/device-types")
class DeviceTypeApiController {

    private final DeviceTypeService service;

    DeviceTypeApiController(DeviceTypeService service) {
        this.service = service;
    }

    /** A user-defined type: key, name, the base driver, and the YAML of its own parts. */
    record DeviceTypeRequest(String key, String name, String baseKey, String overrides) {

        DeviceTypes.Command command() {
            return new DeviceTypes.Command(key, name, baseKey, overrides);
        }
    }

    /** The key and (optional) name of a copy. */
    record CopyRequest(String key, String name) {}

    @GetMapping
    PageResponse<DeviceTypes.Summary> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Boolean builtIn,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Long offset) {
        Paging paging = Paging.of(limit, offset);
        List<DeviceTypes.Summary> all = service.list(new DeviceTypes.Filter(q, builtIn));
        int from = (int) Math.min(paging.offset(), all.size());
        int to = Math.min(from + paging.limit(), all.size());
        return PageResponse.of(all.size(), paging, all.subList(from, to));
    }

    @GetMapping("/{key}")
    DeviceTypes.Details get(@PathVariable String key) {
        return service.get(key);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<DeviceTypes.Details> create(@RequestBody DeviceTypeRequest request) {
        DeviceTypes.Details created = service.create(request.command());
        return ResponseEntity.created(URI.create("/api/v1/device-types/" + created.key()))
                .body(created);
    }

    @PutMapping("/{key}")
    @PreAuthorize("hasRole('ADMIN')")
    DeviceTypes.Details update(@PathVariable String key, @RequestBody DeviceTypeRequest request) {
        return service.update(key, request.command());
    }

    @DeleteMapping("/{key}")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String key) {
        service.delete(key);
    }

    @PostMapping("/{key}/copy")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<DeviceTypes.Details> copy(@PathVariable String key, @RequestBody CopyRequest request) {
        DeviceTypes.Details copy = service.copy(key, request.key(), request.name());
        return ResponseEntity.created(URI.create("/api/v1/device-types/" + copy.key()))
                .body(copy);
    }

    @ExceptionHandler(DeviceTypes.InvalidException.class)
    ResponseEntity<ProblemDetail> invalid(DeviceTypes.InvalidException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid request");
        problem.setProperty(
                "errors",
                e.problems().stream()
                        .map(p -> Map.of("field", p.path(), "message", p.message()))
                        .toList());
        return ResponseEntity.badRequest().body(problem);
    }
}
