package io.nocvault.backup.restore;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/backups/{id}/restore/preview} (the device's configuration now against the version, masked)
 * and {@code POST /api/v1/backups/{id}/restore} with {@code {"sha256": …}} from the preview. OPERATOR and above.
 */
@RestController
@RequestMapping("/api/v1/backups/{id:\\d+}/restore")
class RestoreApiController {

    private final RestoreService restores;

    RestoreApiController(RestoreService restores) {
        this.restores = restores;
    }

    /** The confirmation: the version's SHA-256 as the preview showed it. */
    record Confirmation(String sha256) {}

    @PostMapping("/preview")
    RestoreService.Preview preview(@PathVariable long id) {
        return restores.preview(id);
    }

    @PostMapping
    RestoreService.Result restore(@PathVariable long id, @RequestBody(required = false) Confirmation body) {
        return restores.restore(id, body == null ? null : body.sha256());
    }
}
