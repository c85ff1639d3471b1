package io.nocvault.transport.web;

import io.nocvault.common.ConflictException;
import io.nocvault.common.PageResponse;
import io.nocvault.common.Paging;
import io.nocvault.common.web.Views;
import io.nocvault.transport.internal.BadFieldException;
import io.nocvault.transport.internal.HostKeyFilter;
import io.nocvault.transport.internal.HostKeyReview;
import io.nocvault.transport.internal.HostKeyView;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The host keys pages (admins): the list of pins with changed keys first, one pin, and accepting an offered key or
 * forgetting a pin after a confirmation page. Pins of NOCs the admin may not see answer 404.
 */
@Controller
@RequestMapping("/host-keys")
@PreAuthorize("hasRole('ADMIN')")
class HostKeyPagesController {

    private final HostKeyReview review;

    HostKeyPagesController(HostKeyReview review) {
        this.review = review;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String nocId,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Long offset,
            Model model,
            HttpServletRequest request) {
        HostKeyFilter filter = new HostKeyFilter(status, nocId);
        Paging paging = Paging.of(limit, offset);
        PageResponse<HostKeyView> page;
        Map<String, String> errors = Map.of();
        try {
            page = review.list(filter, paging);
        } catch (BadFieldException e) {
            page = new PageResponse<>(0, null, null, List.of());
            errors = Map.of(e.field(), e.getMessage());
        }
        model.addAttribute("filter", filter);
        model.addAttribute("page", page);
        model.addAttribute("errors", errors);
        model.addAttribute("changed", review.changedCount());
        return Views.page(request, "hostkeys/list");
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model, HttpServletRequest request) {
        model.addAttribute("pin", review.get(id));
        return Views.page(request, "hostkeys/detail");
    }

    @GetMapping("/{id}/accept")
    String confirmAccept(@PathVariable long id, Model model, HttpServletRequest request) {
        return confirm(id, "accept", model, request);
    }

    @GetMapping("/{id}/forget")
    String confirmForget(@PathVariable long id, Model model, HttpServletRequest request) {
        return confirm(id, "forget", model, request);
    }

    @PostMapping("/{id}/accept")
    String accept(@PathVariable long id, @RequestParam(required = false) String fingerprint, RedirectAttributes flash) {
        try {
            HostKeyView pin = review.accept(id, fingerprint);
            flash.addFlashAttribute("flashSuccess", "Accepted the new host key of " + pin.target());
        } catch (ConflictException e) {
            flash.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/host-keys/" + id;
    }

    @PostMapping("/{id}/forget")
    String forget(@PathVariable long id, RedirectAttributes flash) {
        String target = review.get(id).target();
        review.forget(id);
        flash.addFlashAttribute(
                "flashSuccess",
                "Forgot the host key of " + target + ": the next connection pins the key it is offered");
        return "redirect:/host-keys";
    }

    private String confirm(long id, String action, Model model, HttpServletRequest request) {
        model.addAttribute("pin", review.get(id));
        model.addAttribute("action", action);
        return Views.page(request, "hostkeys/confirm");
    }
}
