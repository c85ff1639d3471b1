package io.nocvault.noc.web;

import io.nocvault.common.ConflictException;
import io.nocvault.common.web.FormErrors;
import io.nocvault.common.web.Views;
import io.nocvault.noc.internal.FieldProblem;
import io.nocvault.noc.internal.InvalidInputException;
import io.nocvault.noc.internal.NocAuthorization;
import io.nocvault.noc.internal.NocCommand;
import io.nocvault.noc.internal.NocDetails;
import io.nocvault.noc.internal.NocService;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The create and edit pages of a NOC; a form with problems is shown again with a message per field. */
@Controller
class NocFormController {

    private static final String VIEW = "noc/form";

    private final NocService nocs;

    NocFormController(NocService nocs) {
        this.nocs = nocs;
    }

    @GetMapping("/nocs/new")
    @PreAuthorize(NocAuthorization.CREATE)
    String newForm(Model model, HttpServletRequest request) {
        return show(model, request, NocForm.empty(), null, List.of());
    }

    @PostMapping("/nocs")
    @PreAuthorize(NocAuthorization.CREATE)
    String create(@ModelAttribute NocForm form, Model model, HttpServletRequest request, RedirectAttributes flash) {
        return save(form, null, model, request, flash, nocs::create);
    }

    @GetMapping("/nocs/{id}/edit")
    @PreAuthorize(NocAuthorization.EDIT)
    String editForm(@PathVariable long id, Model model, HttpServletRequest request) {
        NocDetails current = nocs.get(id);
        return show(model, request, NocForm.of(current), current, List.of());
    }

    @PostMapping("/nocs/{id}")
    @PreAuthorize(NocAuthorization.EDIT)
    String update(
            @PathVariable long id,
            @ModelAttribute NocForm form,
            Model model,
            HttpServletRequest request,
            RedirectAttributes flash) {
        NocDetails current = nocs.get(id);
        return save(form, current, model, request, flash, command -> nocs.update(id, command));
    }

    private String save(
            NocForm form,
            NocDetails current,
            Model model,
            HttpServletRequest request,
            RedirectAttributes flash,
            Function<NocCommand, NocDetails> action) {
        NocForm.Parsed parsed = form.parse();
        List<FieldProblem> problems = new ArrayList<>(parsed.problems());
        problems.addAll(nocs.problems(parsed.command(), current == null ? null : current.id()));
        if (problems.isEmpty()) {
            try {
                NocDetails saved = action.apply(parsed.command());
                flash.addFlashAttribute(
                        "flashSuccess", (current == null ? "Created" : "Saved") + " NOC " + saved.name());
                return "redirect:/nocs/" + saved.id();
            } catch (ConflictException e) {
                problems.add(new FieldProblem(e.field() == null ? "name" : e.field(), e.getMessage()));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        return show(model, request, form.withoutSecrets(), current, problems);
    }

    private static String show(
            Model model, HttpServletRequest request, NocForm form, NocDetails current, List<FieldProblem> problems) {
        model.addAttribute("form", form);
        FormErrors.show(model, form, problems);
        model.addAttribute("noc", current);
        return Views.page(request, VIEW);
    }
}
