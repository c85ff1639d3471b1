package io.nocvault.noc.web;

import io.nocvault.common.ConflictException;
import io.nocvault.common.PageResponse;
import io.nocvault.common.Paging;
import io.nocvault.common.web.Views;
import io.nocvault.noc.NocDirectory;
import io.nocvault.noc.NocScope;
import io.nocvault.noc.internal.NocAuthorization;
import io.nocvault.noc.internal.NocDetails;
import io.nocvault.noc.internal.NocFilter;
import io.nocvault.noc.internal.NocService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The NOC list (narrowed by the navbar switcher), a NOC's page, and deleting a NOC after confirmation. */
@Controller
@PreAuthorize(NocAuthorization.READ)
class NocPagesController {

    private final NocService nocs;
    private final NocAuthorization authorization;
    private final NocScope scope;
    private final NocDirectory directory;

    NocPagesController(NocService nocs, NocAuthorization authorization, NocScope scope, NocDirectory directory) {
        this.nocs = nocs;
        this.authorization = authorization;
        this.scope = scope;
        this.directory = directory;
    }

    @GetMapping("/nocs")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Long offset,
            Model model,
            HttpServletRequest request) {
        NocFilter filter = new NocFilter(q);
        Paging paging = Paging.of(limit, offset);
        Page<NocDetails> page = nocs.list(filter, paging);
        model.addAttribute("filter", filter);
        model.addAttribute("page", PageResponse.of(page.getTotalElements(), paging, page.getContent()));
        model.addAttribute("paging", paging);
        model.addAttribute(
                "selectedNoc", scope.selectedNocId().flatMap(directory::find).orElse(null));
        model.addAttribute("canCreate", authorization.canCreate());
        model.addAttribute("canEdit", authorization.canEdit());
        return Views.page(request, "noc/list");
    }

    @GetMapping("/nocs/{id}")
    String detail(@PathVariable long id, Model model, HttpServletRequest request) {
        model.addAttribute("noc", nocs.get(id));
        model.addAttribute("canEdit", authorization.canEdit());
        model.addAttribute("canDelete", authorization.canDelete());
        return Views.page(request, "noc/detail");
    }

    @GetMapping("/nocs/{id}/delete")
    @PreAuthorize(NocAuthorization.DELETE)
    String confirmDelete(@PathVariable long id, Model model, HttpServletRequest request) {
        model.addAttribute("noc", nocs.get(id));
        return Views.page(request, "noc/delete");
    }

    @PostMapping("/nocs/{id}/delete")
    @PreAuthorize(NocAuthorization.DELETE)
    String delete(@PathVariable long id, RedirectAttributes flash) {
        String name = nocs.get(id).name();
        try {
            nocs.delete(id);
        } catch (ConflictException e) {
            flash.addFlashAttribute("flashError", e.getMessage());
            return "redirect:/nocs/" + id;
        }
        flash.addFlashAttribute("flashSuccess", "Deleted NOC " + name);
        return "redirect:/nocs";
    }
}
