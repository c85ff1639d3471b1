package io.nocvault.backup.run;

import io.nocvault.backup.RunReport;
import io.nocvault.backup.RunTarget;
import io.nocvault.common.NotFoundException;
import io.nocvault.common.Origin;
import io.nocvault.common.PageResponse;
import io.nocvault.common.Paging;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code /api/v1/backups}: start a run ({@code trigger}, operators and above), list and read runs (scoped: the
 * results of the caller's NOCs only), cancel one, and follow one live as server-sent events.
 */
@RestController
@RequestMapping("/api/v1/backups")
class RunApiController {

    private final RunService runs;
    private final RunProgress progress;

    RunApiController(RunService runs, RunProgress progress) {
        this.runs = runs;
        this.progress = progress;
    }

    /** Exactly one of: {@code deviceIds}, {@code nocId}, {@code all: true}. */
    record TriggerRequest(List<Long> deviceIds, Long nocId, Boolean all) {

        RunTarget target() {
            boolean everything = Boolean.TRUE.equals(all);
            int given = (deviceIds != null ? 1 : 0) + (nocId != null ? 1 : 0) + (everything ? 1 : 0);
            if (given != 1) {
                throw new BadRunRequest("target", "Give exactly one of deviceIds, nocId or all: true");
            }
            if (everything) {
                return RunTarget.everything();
            }
            if (nocId != null) {
                return RunTarget.noc(nocId);
            }
            if (deviceIds.isEmpty() || deviceIds.stream().anyMatch(id -> id == null)) {
                throw new BadRunRequest("deviceIds", "Choose at least one device");
            }
            return RunTarget.devices(deviceIds);
        }
    }

    record TriggerResponse(long runId) {}

    @PostMapping("/trigger")
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<TriggerResponse> trigger(@RequestBody(required = false) TriggerRequest request) {
        if (request == null) {
            throw new BadRunRequest("target", "Give exactly one of deviceIds, nocId or all: true");
        }
        long runId = runs.start(request.target(), Origin.current());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new TriggerResponse(runId));
    }

    @GetMapping("/runs")
    PageResponse<RunReport> list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Long offset) {
        return runs.list(RunFilters.status(status), Paging.of(limit, offset));
    }

    @GetMapping("/runs/{id}")
    RunReport get(@PathVariable long id) {
        return runs.find(id).orElseThrow(() -> new NotFoundException("Backup run", id));
    }

    @PostMapping("/runs/{id}/cancel")
    @PreAuthorize("hasRole('OPERATOR')")
    RunReport cancel(@PathVariable long id) {
        runs.cancel(id);
        return get(id);
    }

    @GetMapping(path = "/runs/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@PathVariable long id) {
        return RunFilters.stream(runs, progress, id);
    }
}
