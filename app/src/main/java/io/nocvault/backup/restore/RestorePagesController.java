package io.nocvault.backup.restore;

import io.nocvault.backup.BackupVersion;
import io.nocvault.backup.VersionStore;
import io.nocvault.backup.version.VersionReader;
import io.nocvault.common.ConflictException;
import io.nocvault.common.web.Views;
import io.nocvault.drivers.CaptureException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /backups/versions/{id}/restore}: the preview (the device's configuration captured now against the version,
 * masked) with a confirmation form, and the result of the push (pushed, matches, what still differs).
 */
@Controller
@RequestMapping("/backups/versions/{id:\\d+}/restore")
class RestorePagesController {

    private final RestoreService restores;
    private final VersionStore store;
    private final VersionReader reader;

    RestorePagesController(RestoreService restores, VersionStore store, VersionReader reader) {
        this.restores = restores;
        this.store = store;
        this.reader = reader;
    }

    @GetMapping
    String preview(@PathVariable long id, Model model, HttpServletRequest request) {
        BackupVersion version = store.get(id);
        model.addAttribute("version", version);
        model.addAttribute("hostname", reader.hostname(version.deviceId()));
        try {
            RestoreService.Preview preview = restores.preview(id);
            model.addAttribute("preview", preview);
            model.addAttribute("comparison", preview.comparison());
        } catch (CaptureException | ConflictException e) {
            model.addAttribute("error", e.getMessage());
        }
        return Views.page(request, "backup/restore-preview");
    }

    @PostMapping
    String restore(
            @PathVariable long id,
            @RequestParam(required = false) String sha256,
            Model model,
            HttpServletRequest request) {
        BackupVersion version = store.get(id);
        model.addAttribute("version", version);
        model.addAttribute("hostname", reader.hostname(version.deviceId()));
        try {
            RestoreService.Result result = restores.restore(id, sha256);
            model.addAttribute("result", result);
            model.addAttribute("comparison", result.remaining());
        } catch (ConflictException e) {
            model.addAttribute("error", e.getMessage());
        }
        return Views.page(request, "backup/restore-result");
    }
}
