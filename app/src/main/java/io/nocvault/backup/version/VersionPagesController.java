package io.nocvault.backup.version;

import io.nocvault.backup.BackupRetention;
import io.nocvault.backup.BackupVersion;
import io.nocvault.backup.IntegrityStatus;
import io.nocvault.backup.Scrubber;
import io.nocvault.backup.VersionStore;
import io.nocvault.common.ConflictException;
import io.nocvault.common.NotFoundException;
import io.nocvault.common.Origin;
import io.nocvault.common.web.Views;
import io.nocvault.drivers.Driver;
import io.nocvault.inventory.DeviceSummary;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The device history ({@code /backups/devices/{id}}: versions newest first, compare two, ZIP selected, retention and
 * usage panel), the version page ({@code /backups/versions/{id}}: masked text, reveal for admins, downloads, verify,
 * delete, restore) and the store page ({@code /backups/store}: quota and retention figures).
 */
@Controller
@RequestMapping("/backups")
class VersionPagesController {

    private final VersionStore store;
    private final VersionReader reader;
    private final VersionZips zips;
    private final Scrubber scrubber;
    private final BackupRetention retention;
    private final StoreFigures figures;
    private final Roles roles;

    VersionPagesController(
            VersionStore store,
            VersionReader reader,
            VersionZips zips,
            Scrubber scrubber,
            BackupRetention retention,
            StoreFigures figures,
            Roles roles) {
        this.store = store;
        this.reader = reader;
        this.zips = zips;
        this.scrubber = scrubber;
        this.retention = retention;
        this.figures = figures;
        this.roles = roles;
    }

    @GetMapping("/devices/{id:\\d+}")
    String history(@PathVariable long id, Model model, HttpServletRequest request) {
        Optional<DeviceSummary> device = reader.device(id);
        List<BackupVersion> versions = store.versions(id);
        if (device.isEmpty() && versions.isEmpty()) {
            throw new NotFoundException("Device", id);
        }
        model.addAttribute("deviceId", id);
        model.addAttribute("device", device.orElse(null));
        model.addAttribute("hostname", reader.hostname(id));
        model.addAttribute("versions", versions);
        model.addAttribute("policy", retention.policyFor(id));
        model.addAttribute("override", retention.override(id).isPresent());
        model.addAttribute("deviceUsage", figures.deviceUsage(id));
        model.addAttribute("usage", figures.usage(0));
        return Views.page(request, "backup/history");
    }

    @GetMapping("/versions/{id:\\d+}")
    String version(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean reveal,
            Model model,
            HttpServletRequest request) {
        BackupVersion version = store.get(id);
        model.addAttribute("version", version);
        model.addAttribute("hostname", reader.hostname(version.deviceId()));
        model.addAttribute(
                "latest",
                store.latest(version.deviceId()).map(BackupVersion::id).orElse(null));
        model.addAttribute("revealed", reveal);
        model.addAttribute("mayReveal", reader.mayReveal());
        model.addAttribute("mayVerify", roles.has("OPERATOR"));
        model.addAttribute(
                "mayRestore",
                roles.has("OPERATOR")
                        && reader.driver(version.deviceId())
                                .map(Driver::canRestore)
                                .orElse(false));
        try {
            model.addAttribute("text", reader.text(version, reveal, "page"));
        } catch (io.nocvault.backup.BlobCorruptException e) {
            model.addAttribute("text", null);
            model.addAttribute("corrupt", e.getMessage());
        }
        return Views.page(request, "backup/version");
    }

    @GetMapping("/versions/{id:\\d+}/download")
    ResponseEntity<byte[]> download(@PathVariable long id, @RequestParam(defaultValue = "true") boolean masked) {
        BackupVersion version = store.get(id);
        String text = reader.text(version, !masked, "download");
        String name = VersionFiles.name(version, reader.hostname(version.deviceId()), masked);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, VersionApiLinks.attachment(name))
                .body(text.getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/versions/{id:\\d+}/verify")
    String verify(@PathVariable long id, RedirectAttributes flash) {
        store.get(id);
        roles.require("OPERATOR", "Verifying a version");
        IntegrityStatus status = scrubber.verify(id);
        if (status == IntegrityStatus.OK) {
            flash.addFlashAttribute("flashSuccess", "Version " + id + " verified: its blobs are intact");
        } else {
            flash.addFlashAttribute("flashError", "Version " + id + " failed verification and is marked corrupt");
        }
        return "redirect:/backups/versions/" + id;
    }

    @PostMapping("/versions/{id:\\d+}/delete")
    String delete(@PathVariable long id, RedirectAttributes flash) {
        BackupVersion version = store.get(id);
        roles.require("ADMIN", "Deleting a version");
        try {
            store.delete(id, Origin.current());
            flash.addFlashAttribute("flashSuccess", "Deleted version " + id);
        } catch (ConflictException e) {
            flash.addFlashAttribute("flashError", e.getMessage());
            return "redirect:/backups/versions/" + id;
        }
        return "redirect:/backups/devices/" + version.deviceId();
    }

    @GetMapping("/zip")
    void zip(
            @RequestParam(required = false) List<Long> versionIds,
            @RequestParam(required = false) List<Long> deviceIds,
            @RequestParam(required = false) Long nocId,
            @RequestParam(defaultValue = "true") boolean masked,
            HttpServletResponse response)
            throws IOException {
        VersionZips.Selection selection = new VersionZips.Selection(versionIds, deviceIds, nocId, masked);
        List<BackupVersion> versions = zips.resolve(selection);
        response.setContentType("application/zip");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION, VersionApiLinks.attachment(VersionZips.fileName(selection)));
        zips.write(versions, !masked, response.getOutputStream());
        response.flushBuffer();
    }

    @GetMapping("/store")
    String storePage(Model model, HttpServletRequest request) {
        model.addAttribute("usage", figures.usage(20));
        model.addAttribute("defaultPolicy", retention.defaultPolicy());
        model.addAttribute("overrides", figures.overrides());
        return Views.page(request, "backup/store");
    }
}
