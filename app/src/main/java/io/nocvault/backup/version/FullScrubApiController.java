package io.nocvault.backup.version;

import io.nocvault.common.NotFoundException;
import io.nocvault.common.Origin;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/backups/scrub} starts verifying every version of the store (head admins: it spans every NOC)
 * and answers 202; {@code GET} tells whether it still runs and, once done, how many versions were checked and which
 * were corrupt.
 */
@RestController
@RequestMapping("/api/v1/backups/scrub")
class FullScrubApiController {

    private final FullScrubs scrubs;
    private final Roles roles;

    FullScrubApiController(FullScrubs scrubs, Roles roles) {
        this.scrubs = scrubs;
        this.roles = roles;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    FullScrubs.State start() {
        roles.require("HEAD_ADMIN", "Verifying the whole store");
        return scrubs.start(Origin.current());
    }

    @GetMapping
    FullScrubs.State latest() {
        roles.require("HEAD_ADMIN", "Verifying the whole store");
        FullScrubs.State state = scrubs.latest();
        if (state == null) {
            throw new NotFoundException("No verification of the whole store has run since the application started");
        }
        return state;
    }
}
