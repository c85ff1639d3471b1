package io.nocvault.backup.run;

import io.nocvault.backup.RunReport;
import io.nocvault.backup.RunTarget;
import io.nocvault.backup.StoreQuota;
import io.nocvault.common.NotFoundException;
import io.nocvault.common.Origin;
import io.nocvault.common.PageResponse;
import io.nocvault.common.Paging;
import io.nocvault.common.web.Views;
import io.nocvault.inventory.DeviceDirectory;
import io.nocvault.inventory.DeviceSummary;
import io.nocvault.noc.NocDirectory;
import io.nocvault.noc.NocScope;
import io.nocvault.noc.NocSummary;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Backups page (every device the user may see with its last backup, store figures, "Back up all" and "Back up
 * selected"), the run list and the run page with live progress (server-sent events, polling as fallback).
 */
@Controller
class BackupPagesController {

    static final int PAGE_SIZE = 100;

    private final DeviceDirectory devices;
    private final NocDirectory nocs;
    private final NocScope scope;
    private final StoreQuota quota;
    private final RunService runs;
    private final RunProgress progress;

    BackupPagesController(
            DeviceDirectory devices,
            NocDirectory nocs,
            NocScope scope,
            StoreQuota quota,
            RunService runs,
            RunProgress progress) {
        this.devices = devices;
        this.nocs = nocs;
        this.scope = scope;
        this.quota = quota;
        this.runs = runs;
        this.progress = progress;
    }

    @GetMapping("/backups")
    String devices(
            @RequestParam(required = false) Long nocId,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Long offset,
            Model model,
            HttpServletRequest request) {
        BackupDeviceFilter filter = new BackupDeviceFilter(nocId, type, status, q);
        Set<Long> listed = scope.listedNocIds();
        List<DeviceSummary> visible = devices.visible().stream()
                .filter(device -> listed.contains(device.nocId()))
                .toList();
        List<DeviceSummary> matching = visible.stream()
                .filter(device -> filter.matches(device, listed))
                .toList();
        Paging paging = Paging.of(limit == null ? PAGE_SIZE : limit, offset);
        List<DeviceSummary> window =
                matching.stream().skip(paging.offset()).limit(paging.limit()).toList();
        model.addAttribute("filter", filter);
        model.addAttribute("page", PageResponse.of(matching.size(), paging, window));
        model.addAttribute("nocs", nocs.listed());
        model.addAttribute("nocNames", nocNames());
        model.addAttribute(
                "types",
                visible.stream().map(DeviceSummary::deviceType).collect(Collectors.toCollection(TreeSet::new)));
        model.addAttribute("usage", quota.usage());
        model.addAttribute("recentRuns", runs.list(null, Paging.of(5, 0L)).results());
        return Views.page(request, "backup/devices");
    }

    @PostMapping("/backups/run")
    @PreAuthorize("hasRole('OPERATOR')")
    String start(
            @RequestParam(required = false) List<Long> deviceIds,
            @RequestParam(required = false) String all,
            RedirectAttributes redirect) {
        RunTarget target;
        if (all != null) {
            target = RunTarget.everything();
        } else if (deviceIds == null || deviceIds.isEmpty()) {
            redirect.addFlashAttribute("flashError", "Select at least one device, or back up all.");
            return "redirect:/backups";
        } else {
            target = RunTarget.devices(deviceIds);
        }
        long runId = runs.start(target, Origin.current());
        redirect.addFlashAttribute("flashSuccess", "Backup run #" + runId + " started.");
        return "redirect:/backups/runs/" + runId;
    }

    @GetMapping("/backups/runs")
    String runList(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Long offset,
            Model model,
            HttpServletRequest request) {
        model.addAttribute("status", status == null ? "" : status);
        try {
            model.addAttribute("page", runs.list(RunFilters.status(status), Paging.of(limit, offset)));
        } catch (BadRunRequest e) {
            model.addAttribute("page", new PageResponse<RunReport>(0, null, null, List.of()));
            model.addAttribute("flashError", e.getMessage());
        }
        return Views.page(request, "backup/runs");
    }

    @GetMapping("/backups/runs/{id}")
    String run(@PathVariable long id, Model model, HttpServletRequest request) {
        RunReport run = runs.find(id).orElseThrow(() -> new NotFoundException("Backup run", id));
        model.addAttribute("run", run);
        model.addAttribute("nocNames", nocNames());
        return Views.page(request, "backup/run");
    }

    /** The run as JSON, for the run page when server-sent events are not available (polling). */
    @GetMapping(path = "/backups/runs/{id}/report", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    RunReport report(@PathVariable long id) {
        return runs.find(id).orElseThrow(() -> new NotFoundException("Backup run", id));
    }

    @GetMapping(path = "/backups/runs/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter events(@PathVariable long id) {
        return RunFilters.stream(runs, progress, id);
    }

    @PostMapping("/backups/runs/{id}/cancel")
    @PreAuthorize("hasRole('OPERATOR')")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        try {
            runs.cancel(id);
            redirect.addFlashAttribute("flashSuccess", "Backup run #" + id + " cancelled.");
        } catch (io.nocvault.common.ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/backups/runs/" + id;
    }

    private Map<Long, String> nocNames() {
        return nocs.visible().stream().collect(Collectors.toMap(NocSummary::id, NocSummary::name));
    }
}
