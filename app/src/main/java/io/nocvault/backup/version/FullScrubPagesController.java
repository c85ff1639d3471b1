package io.nocvault.backup.version;

import io.nocvault.common.ConflictException;
import io.nocvault.common.Origin;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The store page's integrity card: the latest full verification, and the button that starts one (head admins). */
@Controller
@RequestMapping("/backups/store/scrub")
class FullScrubPagesController {

    private final FullScrubs scrubs;
    private final Roles roles;

    FullScrubPagesController(FullScrubs scrubs, Roles roles) {
        this.scrubs = scrubs;
        this.roles = roles;
    }

    @GetMapping
    String card(Model model) {
        model.addAttribute("scrub", scrubs.latest());
        model.addAttribute("mayScrub", roles.has("HEAD_ADMIN"));
        return "backup/scrub :: card";
    }

    @PostMapping
    String start(RedirectAttributes flash) {
        roles.require("HEAD_ADMIN", "Verifying the whole store");
        try {
            scrubs.start(Origin.current());
            flash.addFlashAttribute("flashSuccess", "Verifying every version of the store in the background");
        } catch (ConflictException e) {
            flash.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/backups/store";
    }
}
