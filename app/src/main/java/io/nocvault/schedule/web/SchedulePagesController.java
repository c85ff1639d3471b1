package io.nocvault.schedule.web;

import io.nocvault.common.PageResponse;
import io.nocvault.common.Paging;
import io.nocvault.common.web.FormErrors;
import io.nocvault.common.web.Views;
import io.nocvault.noc.NocDirectory;
import io.nocvault.noc.NocScope;
import io.nocvault.schedule.internal.FieldProblem;
import io.nocvault.schedule.internal.InvalidInputException;
import io.nocvault.schedule.internal.ScheduleAuthorization;
import io.nocvault.schedule.internal.ScheduleDetails;
import io.nocvault.schedule.internal.ScheduleFilter;
import io.nocvault.schedule.internal.ScheduleProperties;
import io.nocvault.schedule.internal.ScheduleService;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;
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

/**
 * The schedule pages: the list (every role, scoped), the create and edit form with live validation (every change is
 * checked: the page swaps in the error texts of the answer, or the whole form when the kind or target kind changed
 * which fields it has), enable, disable, run now and delete (admins).
 */
@Controller
@RequestMapping("/schedules")
@PreAuthorize(ScheduleAuthorization.READ)
class SchedulePagesController {

    private static final List<String> ZONES = List.copyOf(new TreeSet<>(ZoneId.getAvailableZoneIds()));

    private final ScheduleService schedules;
    private final NocDirectory nocs;
    private final NocScope scope;
    private final ScheduleProperties properties;

    SchedulePagesController(
            ScheduleService schedules, NocDirectory nocs, NocScope scope, ScheduleProperties properties) {
        this.schedules = schedules;
        this.nocs = nocs;
        this.scope = scope;
        this.properties = properties;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Boolean enabled,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Long offset,
            Model model,
            HttpServletRequest request) {
        Paging paging = Paging.of(limit, offset);
        Page<ScheduleDetails> page = schedules.list(new ScheduleFilter(q, enabled), paging);
        model.addAttribute("q", q);
        model.addAttribute("enabled", enabled);
        model.addAttribute(
                "page",
                PageResponse.of(page.getTotalElements(), paging, page.getContent())
                        .map(ScheduleLine::of));
        model.addAttribute(
                "selectedNoc", scope.selectedNocId().flatMap(nocs::find).orElse(null));
        return Views.page(request, "schedule/list");
    }

    @GetMapping("/new")
    @PreAuthorize(ScheduleAuthorization.MANAGE)
    String newForm(Model model, HttpServletRequest request) {
        return show(model, request, ScheduleForm.empty(properties.defaultZone()), null, List.of());
    }

    /**
     * Live validation: the form again with the problems it has now and the fields of its kind and target kind (the
     * page takes only the error texts from it, or the whole form after a change of kind or target kind).
     */
    @PostMapping("/check")
    @PreAuthorize(ScheduleAuthorization.MANAGE)
    String check(
            @ModelAttribute ScheduleForm form,
            @RequestParam(required = false) Long id,
            Model model,
            HttpServletRequest request) {
        ScheduleDetails current = id == null ? null : schedules.get(id);
        show(model, request, form, current, schedules.problems(form.command(), id));
        return "schedule/fragments/form :: form";
    }

    @PostMapping
    @PreAuthorize(ScheduleAuthorization.MANAGE)
    String create(
            @ModelAttribute ScheduleForm form, Model model, HttpServletRequest request, RedirectAttributes flash) {
        try {
            ScheduleDetails created = schedules.create(form.command());
            flash.addFlashAttribute("flashSuccess", "Created schedule " + created.name());
            return "redirect:/schedules";
        } catch (InvalidInputException e) {
            return show(model, request, form, null, e.problems());
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(ScheduleAuthorization.MANAGE)
    String editForm(@PathVariable long id, Model model, HttpServletRequest request) {
        ScheduleDetails current = schedules.get(id);
        return show(model, request, ScheduleForm.of(current), current, List.of());
    }

    @PostMapping("/{id}")
    @PreAuthorize(ScheduleAuthorization.MANAGE)
    String update(
            @PathVariable long id,
            @ModelAttribute ScheduleForm form,
            Model model,
            HttpServletRequest request,
            RedirectAttributes flash) {
        ScheduleDetails current = schedules.get(id);
        try {
            ScheduleDetails saved = schedules.update(id, form.command());
            flash.addFlashAttribute("flashSuccess", "Saved schedule " + saved.name());
            return "redirect:/schedules";
        } catch (InvalidInputException e) {
            return show(model, request, form, current, e.problems());
        }
    }

    @PostMapping("/{id}/enable")
    @PreAuthorize(ScheduleAuthorization.MANAGE)
    String enable(@PathVariable long id, RedirectAttributes flash) {
        flash.addFlashAttribute(
                "flashSuccess", "Enabled schedule " + schedules.enable(id).name());
        return "redirect:/schedules";
    }

    @PostMapping("/{id}/disable")
    @PreAuthorize(ScheduleAuthorization.MANAGE)
    String disable(@PathVariable long id, RedirectAttributes flash) {
        flash.addFlashAttribute(
                "flashSuccess", "Disabled schedule " + schedules.disable(id).name());
        return "redirect:/schedules";
    }

    @PostMapping("/{id}/run-now")
    @PreAuthorize(ScheduleAuthorization.MANAGE)
    String runNow(@PathVariable long id, RedirectAttributes flash) {
        ScheduleService.RunNowResult result = schedules.runNow(id);
        if (result.runId() == null) {
            flash.addFlashAttribute(
                    "flashError", "Schedule " + result.schedule().name() + " could not start: " + result.result());
        } else {
            flash.addFlashAttribute(
                    "flashSuccess", "Schedule " + result.schedule().name() + " started backup run " + result.runId());
        }
        return "redirect:/schedules";
    }

    @GetMapping("/{id}/delete")
    @PreAuthorize(ScheduleAuthorization.MANAGE)
    String confirmDelete(@PathVariable long id, Model model, HttpServletRequest request) {
        model.addAttribute("schedule", schedules.get(id));
        return Views.page(request, "schedule/delete");
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(ScheduleAuthorization.MANAGE)
    String delete(@PathVariable long id, RedirectAttributes flash) {
        String name = schedules.get(id).name();
        schedules.delete(id);
        flash.addFlashAttribute("flashSuccess", "Deleted schedule " + name);
        return "redirect:/schedules";
    }

    private String show(
            Model model,
            HttpServletRequest request,
            ScheduleForm form,
            ScheduleDetails current,
            List<FieldProblem> problems) {
        model.addAttribute("form", form);
        FormErrors.show(model, form, problems);
        model.addAttribute("schedule", current);
        model.addAttribute("nocs", nocs.visible());
        model.addAttribute("zones", ZONES);
        model.addAttribute("daysOfWeek", DayOfWeek.values());
        model.addAttribute("allNocs", scope.unrestricted());
        return Views.page(request, "schedule/form");
    }
}
