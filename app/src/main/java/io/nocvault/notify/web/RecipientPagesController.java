package io.nocvault.notify.web;

import io.nocvault.common.ConflictException;
import io.nocvault.common.PageResponse;
import io.nocvault.common.Paging;
import io.nocvault.common.web.FormErrors;
import io.nocvault.common.web.Views;
import io.nocvault.noc.NocDirectory;
import io.nocvault.noc.NocScope;
import io.nocvault.notify.internal.FieldProblem;
import io.nocvault.notify.internal.InvalidInputException;
import io.nocvault.notify.internal.NotifyAuthorization;
import io.nocvault.notify.internal.RecipientDetails;
import io.nocvault.notify.internal.RecipientService;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The recipients pages: list (every role, scoped), create and edit forms, delete after confirmation (admins). */
@Controller
@RequestMapping("/recipients")
@PreAuthorize(NotifyAuthorization.READ_RECIPIENTS)
class RecipientPagesController {

    private final RecipientService recipients;
    private final NocDirectory nocs;
    private final NocScope scope;

    RecipientPagesController(RecipientService recipients, NocDirectory nocs, NocScope scope) {
        this.recipients = recipients;
        this.nocs = nocs;
        this.scope = scope;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Long offset,
            Model model,
            HttpServletRequest request) {
        Paging paging = Paging.of(limit, offset);
        Page<RecipientDetails> page = recipients.list(q, paging);
        model.addAttribute("q", q);
        model.addAttribute("page", PageResponse.of(page.getTotalElements(), paging, page.getContent()));
        model.addAttribute(
                "selectedNoc", scope.selectedNocId().flatMap(nocs::find).orElse(null));
        return Views.page(request, "notify/recipients");
    }

    @GetMapping("/new")
    @PreAuthorize(NotifyAuthorization.MANAGE_RECIPIENTS)
    String newForm(Model model, HttpServletRequest request) {
        return show(model, request, RecipientForm.empty(), null, List.of());
    }

    @PostMapping
    @PreAuthorize(NotifyAuthorization.MANAGE_RECIPIENTS)
    String create(
            @ModelAttribute RecipientForm form, Model model, HttpServletRequest request, RedirectAttributes flash) {
        try {
            RecipientDetails created = recipients.create(form.command());
            flash.addFlashAttribute("flashSuccess", "Created recipient " + created.name());
            return "redirect:/recipients";
        } catch (InvalidInputException e) {
            return show(model, request, form, null, e.problems());
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(NotifyAuthorization.MANAGE_RECIPIENTS)
    String editForm(@PathVariable long id, Model model, HttpServletRequest request) {
        RecipientDetails current = recipients.get(id);
        return show(model, request, RecipientForm.of(current), current, List.of());
    }

    @PostMapping("/{id}")
    @PreAuthorize(NotifyAuthorization.MANAGE_RECIPIENTS)
    String update(
            @PathVariable long id,
            @ModelAttribute RecipientForm form,
            Model model,
            HttpServletRequest request,
            RedirectAttributes flash) {
        RecipientDetails current = recipients.get(id);
        try {
            RecipientDetails saved = recipients.update(id, form.command());
            flash.addFlashAttribute("flashSuccess", "Saved recipient " + saved.name());
            return "redirect:/recipients";
        } catch (InvalidInputException e) {
            return show(model, request, form, current, e.problems());
        }
    }

    @GetMapping("/{id}/delete")
    @PreAuthorize(NotifyAuthorization.MANAGE_RECIPIENTS)
    String confirmDelete(@PathVariable long id, Model model, HttpServletRequest request) {
        model.addAttribute("recipient", recipients.get(id));
        return Views.page(request, "notify/recipient-delete");
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(NotifyAuthorization.MANAGE_RECIPIENTS)
    String delete(@PathVariable long id, RedirectAttributes flash) {
        String name = recipients.get(id).name();
        try {
            recipients.delete(id);
            flash.addFlashAttribute("flashSuccess", "Deleted recipient " + name);
        } catch (ConflictException e) {
            flash.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/recipients";
    }

    private String show(
            Model model,
            HttpServletRequest request,
            RecipientForm form,
            RecipientDetails current,
            List<FieldProblem> problems) {
        model.addAttribute("form", form);
        FormErrors.show(model, form, problems);
        model.addAttribute("recipient", current);
        model.addAttribute("nocs", nocs.visible());
        model.addAttribute("global", scope.unrestricted());
        return Views.page(request, "notify/recipient-form");
    }
}
