package io.nocvault.noc.web;

import io.nocvault.common.NotFoundException;
import io.nocvault.common.web.Views;
import io.nocvault.noc.NocDirectory;
import io.nocvault.noc.NocScope;
import io.nocvault.noc.internal.NocAuthorization;
import io.nocvault.noc.internal.NocSelection;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The navbar NOC switcher: "All NOCs" or one visible NOC, kept in the session. Every list shows the chosen NOC
 * only (see {@link NocScope#listedNocIds()}); changing it reloads the page.
 */
@Controller
@PreAuthorize(NocAuthorization.READ)
class NocSwitcherController {

    private final NocDirectory directory;
    private final NocScope scope;
    private final NocSelection selection;

    NocSwitcherController(NocDirectory directory, NocScope scope, NocSelection selection) {
        this.directory = directory;
        this.scope = scope;
        this.selection = selection;
    }

    @GetMapping("/nocs/switcher")
    String switcher(Model model) {
        model.addAttribute("nocs", directory.visible());
        model.addAttribute("selectedNocId", scope.selectedNocId().orElse(null));
        return "noc/fragments/switcher :: switcher";
    }

    @PostMapping("/nocs/switcher")
    ResponseEntity<Void> choose(@RequestParam(required = false) String nocId, HttpServletRequest request) {
        Long chosen = parse(nocId);
        if (chosen != null && directory.find(chosen).isEmpty()) {
            throw new NotFoundException("NOC", chosen);
        }
        selection.choose(chosen);
        if (Views.isHtmx(request)) {
            return ResponseEntity.noContent().header("HX-Refresh", "true").build();
        }
        return ResponseEntity.status(303).header("Location", "/nocs").build();
    }

    private static Long parse(String nocId) {
        if (nocId == null || nocId.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(nocId.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException("NOC", "?");
        }
    }
}
