package io.nocvault.backup.diff;

import io.nocvault.backup.BackupVersion;
import io.nocvault.backup.VersionStore;
import io.nocvault.backup.version.VersionApiLinks;
import io.nocvault.backup.version.VersionFiles;
import io.nocvault.backup.version.VersionReader;
import io.nocvault.common.ConflictException;
import io.nocvault.common.web.Views;
import io.nocvault.compare.CompareDownloads;
import io.nocvault.compare.CompareOptions;
import io.nocvault.inventory.DeviceDirectory;
import io.nocvault.inventory.DeviceSummary;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The compare pages: {@code /compare} (pick a device, or two, and two versions), {@code /compare/{a}/{b}} (side by
 * side or unified, ignore volatile lines, statistics, {@code .diff} and ZIP downloads, reveal for admins) and the
 * shortcut {@code /compare/devices/{id}/latest}.
 */
@Controller
@RequestMapping("/compare")
class ComparePagesController {

    private final VersionComparisons comparisons;
    private final VersionStore store;
    private final VersionReader reader;
    private final ObjectProvider<DeviceDirectory> devices;

    ComparePagesController(
            VersionComparisons comparisons,
            VersionStore store,
            VersionReader reader,
            ObjectProvider<DeviceDirectory> devices) {
        this.comparisons = comparisons;
        this.store = store;
        this.reader = reader;
        this.devices = devices;
    }

    /** A version as a choice in the picker. */
    record Choice(long id, String label) {}

    @GetMapping
    String pick(
            @RequestParam(required = false) Long deviceId,
            @RequestParam(required = false) Long otherDeviceId,
            Model model,
            HttpServletRequest request) {
        DeviceDirectory directory = devices.getIfAvailable();
        List<DeviceSummary> visible = directory == null ? List.of() : directory.visible();
        Long other = otherDeviceId == null ? deviceId : otherDeviceId;
        model.addAttribute("devices", visible);
        model.addAttribute("deviceId", deviceId);
        model.addAttribute("otherDeviceId", otherDeviceId);
        model.addAttribute("fromChoices", choices(deviceId));
        model.addAttribute("toChoices", choices(other));
        return Views.page(request, "compare/page-pick");
    }

    private List<Choice> choices(Long deviceId) {
        if (deviceId == null) {
            return List.of();
        }
        String hostname = reader.hostname(deviceId);
        return store.versions(deviceId).stream()
                .map(v -> new Choice(v.id(), VersionFiles.label(v, hostname)))
                .toList();
    }

    @GetMapping("/selected")
    String selected(@RequestParam(required = false) List<Long> versionIds, RedirectAttributes flash) {
        if (versionIds == null || versionIds.size() != 2) {
            flash.addFlashAttribute("flashError", "Select exactly two versions to compare");
            return "redirect:/compare";
        }
        BackupVersion a = store.get(versionIds.get(0));
        BackupVersion b = store.get(versionIds.get(1));
        boolean aOlder =
                a.firstSeen().isBefore(b.firstSeen()) || (a.firstSeen().equals(b.firstSeen()) && a.id() < b.id());
        return aOlder ? "redirect:/compare/" + a.id() + "/" + b.id() : "redirect:/compare/" + b.id() + "/" + a.id();
    }

    @GetMapping("/go")
    String go(
            @RequestParam(required = false) Long from,
            @RequestParam(required = false) Long to,
            RedirectAttributes flash) {
        if (from == null || to == null) {
            flash.addFlashAttribute("flashError", "Pick two versions");
            return "redirect:/compare";
        }
        return "redirect:/compare/" + from + "/" + to;
    }

    @GetMapping("/devices/{id:\\d+}/latest")
    String latest(@PathVariable long id, RedirectAttributes flash) {
        long[] pair;
        try {
            pair = comparisons.latestAndPrevious(id);
        } catch (ConflictException e) {
            flash.addFlashAttribute("flashError", e.getMessage());
            return "redirect:/backups/devices/" + id;
        }
        return "redirect:/compare/" + pair[0] + "/" + pair[1];
    }

    @GetMapping("/{a:\\d+}/{b:\\d+}")
    String result(
            @PathVariable long a,
            @PathVariable long b,
            @RequestParam(defaultValue = "side-by-side") String view,
            @RequestParam(defaultValue = "false") boolean ignoreVolatile,
            @RequestParam(defaultValue = "false") boolean reveal,
            @RequestParam(required = false) Integer context,
            Model model,
            HttpServletRequest request) {
        VersionComparisons.Compared compared = comparisons.compare(request(a, b, ignoreVolatile, reveal, context));
        model.addAttribute("compared", compared);
        model.addAttribute("comparison", compared.comparison());
        model.addAttribute("unified", "unified".equals(view));
        model.addAttribute("ignoreVolatile", ignoreVolatile);
        model.addAttribute("revealed", reveal);
        model.addAttribute("mayReveal", reader.mayReveal());
        model.addAttribute("context", compared.request().context());
        return Views.page(request, "compare/page");
    }

    @GetMapping("/{a:\\d+}/{b:\\d+}/diff")
    ResponseEntity<byte[]> diff(
            @PathVariable long a,
            @PathVariable long b,
            @RequestParam(defaultValue = "false") boolean ignoreVolatile,
            @RequestParam(defaultValue = "false") boolean reveal,
            @RequestParam(required = false) Integer context) {
        VersionComparisons.Compared compared = comparisons.compare(request(a, b, ignoreVolatile, reveal, context));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(CompareDownloads.DIFF_CONTENT_TYPE))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        VersionApiLinks.attachment(CompareDownloads.diffFileName(compared.comparison())))
                .body(CompareDownloads.diffFile(compared.comparison()));
    }

    @GetMapping("/{a:\\d+}/{b:\\d+}/zip")
    ResponseEntity<byte[]> zip(
            @PathVariable long a,
            @PathVariable long b,
            @RequestParam(defaultValue = "false") boolean ignoreVolatile,
            @RequestParam(defaultValue = "false") boolean reveal) {
        VersionComparisons.Compared compared = comparisons.compare(request(a, b, ignoreVolatile, reveal, null));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(CompareDownloads.ZIP_CONTENT_TYPE))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        VersionApiLinks.attachment(
                                CompareDownloads.zipFileName(compared.fromText(), compared.toText())))
                .body(CompareDownloads.zip(compared.fromText(), compared.toText()));
    }

    private static VersionComparisons.Request request(
            long a, long b, boolean ignoreVolatile, boolean reveal, Integer context) {
        return new VersionComparisons.Request(
                a, b, context == null ? CompareOptions.DEFAULT_CONTEXT : context, ignoreVolatile, reveal);
    }
}
