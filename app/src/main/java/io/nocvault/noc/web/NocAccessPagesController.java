package io.nocvault.noc.web;

import io.nocvault.common.ConflictException;
import io.nocvault.common.web.Views;
import io.nocvault.noc.internal.InvalidInputException;
import io.nocvault.noc.internal.NocAccessService;
import io.nocvault.noc.internal.NocAuthorization;
import io.nocvault.noc.internal.UserNocAccess;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user's NOC access: the head admin's checkbox page {@code /users/{id}/nocs}, and the read-only fragment that the
 * user detail page of the identity module embeds ({@code /users/{id}/nocs/fragment}).
 */
@Controller
class NocAccessPagesController {

    private final NocAccessService access;
    private final NocAuthorization authorization;

    NocAccessPagesController(NocAccessService access, NocAuthorization authorization) {
        this.access = access;
        this.authorization = authorization;
    }

    @GetMapping("/users/{id}/nocs")
    @PreAuthorize(NocAuthorization.MANAGE_ACCESS)
    String page(@PathVariable long id, Model model, HttpServletRequest request) {
        return show(access.of(id), null, model, request);
    }

    @PostMapping("/users/{id}/nocs")
    @PreAuthorize(NocAuthorization.MANAGE_ACCESS)
    String replace(
            @PathVariable long id,
            @RequestParam(required = false) List<Long> nocIds,
            Model model,
            HttpServletRequest request,
            RedirectAttributes flash) {
        try {
            UserNocAccess saved = access.replace(id, nocIds == null ? List.of() : nocIds);
            flash.addFlashAttribute(
                    "flashSuccess", "Saved the NOC access of " + saved.user().username());
            return "redirect:/users/" + id + "/nocs";
        } catch (InvalidInputException e) {
            return show(access.of(id), e.problems().getFirst().message(), model, request);
        } catch (ConflictException e) {
            return show(access.of(id), e.getMessage(), model, request);
        }
    }

    @GetMapping("/users/{id}/nocs/fragment")
    @PreAuthorize(NocAuthorization.READ_ACCESS)
    String fragment(@PathVariable long id, Model model) {
        model.addAttribute("access", access.of(id));
        model.addAttribute("canManage", authorization.canManageAccess());
        return "noc/fragments/user-nocs :: user-nocs";
    }

    private String show(UserNocAccess current, String error, Model model, HttpServletRequest request) {
        model.addAttribute("access", current);
        model.addAttribute("allNocs", access.allNocs());
        model.addAttribute("error", error);
        return Views.page(request, "noc/access");
    }
}
