package io.nocvault.schedule.api;

import io.nocvault.common.PageResponse;
import io.nocvault.common.Paging;
import io.nocvault.schedule.internal.ScheduleAuthorization;
import io.nocvault.schedule.internal.ScheduleDetails;
import io.nocvault.schedule.internal.ScheduleFilter;
import io.nocvault.schedule.internal.ScheduleService;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
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
 * {@code /api/v1/schedules}: backup schedules (seed 001 "backup jobs"). Every role reads the schedules whose target
 * it may see; admins change, enable, disable, run and delete them. A schedule the caller may not see answers 404.
 */
@RestController
@RequestMapping("/api/v1/schedules")
@PreAuthorize(ScheduleAuthorization.READ)
class ScheduleApiController {

    private final ScheduleService schedules;

    ScheduleApiController(ScheduleService schedules) {
        this.schedules = schedules;
    }

    @GetMapping
    PageResponse<ScheduleDetails> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Boolean enabled,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Long offset) {
        Paging paging = Paging.of(limit, offset);
        Page<ScheduleDetails> page = schedules.list(new ScheduleFilter(q, enabled), paging);
        return PageResponse.of(page.getTotalElements(), paging, page.getContent());
    }

    @GetMapping("/{id}")
    ScheduleDetails get(@PathVariable long id) {
        return schedules.get(id);
    }

    @PostMapping
    @PreAuthorize(ScheduleAuthorization.MANAGE)
    ResponseEntity<ScheduleDetails> create(@RequestBody ScheduleRequest body) {
        ScheduleDetails created = schedules.create(body.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/schedules/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize(ScheduleAuthorization.MANAGE)
    ScheduleDetails update(@PathVariable long id, @RequestBody ScheduleRequest body) {
        return schedules.update(id, body.toCommand());
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(ScheduleAuthorization.MANAGE)
    ResponseEntity<Void> delete(@PathVariable long id) {
        schedules.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/enable")
    @PreAuthorize(ScheduleAuthorization.MANAGE)
    ScheduleDetails enable(@PathVariable long id) {
        return schedules.enable(id);
    }

    @PostMapping("/{id}/disable")
    @PreAuthorize(ScheduleAuthorization.MANAGE)
    ScheduleDetails disable(@PathVariable long id) {
        return schedules.disable(id);
    }

    /** 202 with the run id when a backup run started; 503 with the reason when none could. */
    @PostMapping("/{id}/run-now")
    @PreAuthorize(ScheduleAuthorization.MANAGE)
    ResponseEntity<Map<String, Object>> runNow(@PathVariable long id) {
        ScheduleService.RunNowResult result = schedules.runNow(id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("runId", result.runId());
        body.put("result", result.result());
        body.put("schedule", result.schedule());
        HttpStatus status = result.runId() == null ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.ACCEPTED;
        return ResponseEntity.status(status).body(body);
    }
}
