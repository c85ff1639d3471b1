package io.nocvault.drivers.web;

import io.nocvault.common.ConflictException;
import io.nocvault.common.web.Views;
import io.nocvault.drivers.DriverCatalog;
import io.nocvault.drivers.internal.DeviceTypeService;
import io.nocvault.drivers.internal.DeviceTypes;
import io.nocvault.drivers.internal.DriverProblem;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/** The device type pages: list, detail (resolved YAML, inherited parts), create/edit, copy, delete. */
@Controller
@RequestMapping("/device-types")
class DeviceTypePageController {

    private final DeviceTypeService service;
    private final DriverCatalog catalog;

    DeviceTypePageController(DeviceTypeService service, DriverCatalog catalog) {
        this.service = service;
        this.catalog = catalog;
    }

    /** The create/edit form (entities are never bound to forms). */
    record DeviceTypeForm(String key, String name, String baseKey, String overrides) {}

    /** One row of the "where does each part come from" table. */
    record PartOrigin(String part, String label, boolean own) {}

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Boolean builtIn,
            Model model,
            HttpServletRequest request) {
        model.addAttribute("types", service.list(new DeviceTypes.Filter(q, builtIn)));
        model.addAttribute("q", q);
        model.addAttribute("builtIn", builtIn);
        return Views.page(request, "drivers/list");
    }

    @GetMapping("/{key}")
    String detail(@PathVariable String key, Model model, HttpServletRequest request) {
        DeviceTypes.Details type = service.get(key);
        model.addAttribute("type", type);
        model.addAttribute("origins", origins(type));
        return Views.page(request, "drivers/detail");
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('ADMIN')")
    String createForm(@RequestParam(defaultValue = "cisco_ios") String base, Model model, HttpServletRequest request) {
        return form(model, request, new DeviceTypeForm("", "", base, ""), Map.of(), false);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    String create(
            @ModelAttribute DeviceTypeForm form, Model model, HttpServletRequest request, RedirectAttributes flash) {
        try {
            service.create(command(form));
        } catch (DeviceTypes.InvalidException e) {
            return form(model, request, form, errors(e.problems()), false);
        } catch (ConflictException e) {
            return form(model, request, form, Map.of("key", List.of(e.getMessage())), false);
        }
        flash.addFlashAttribute("flashSuccess", "Device type " + form.key() + " created");
        return "redirect:/device-types/" + form.key();
    }

    @GetMapping("/{key}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String editForm(@PathVariable String key, Model model, HttpServletRequest request) {
        DeviceTypes.Details type = service.get(key);
        if (type.builtIn()) {
            return "redirect:/device-types/" + key;
        }
        DeviceTypeForm form = new DeviceTypeForm(type.key(), type.name(), type.baseKey(), type.overrides());
        return form(model, request, form, Map.of(), true);
    }

    @PostMapping("/{key}")
    @PreAuthorize("hasRole('ADMIN')")
    String update(
            @PathVariable String key,
            @ModelAttribute DeviceTypeForm form,
            Model model,
            HttpServletRequest request,
            RedirectAttributes flash) {
        DeviceTypeForm keyed = new DeviceTypeForm(key, form.name(), form.baseKey(), form.overrides());
        try {
            service.update(key, command(keyed));
        } catch (DeviceTypes.InvalidException e) {
            return form(model, request, keyed, errors(e.problems()), true);
        }
        flash.addFlashAttribute("flashSuccess", "Device type " + key + " saved");
        return "redirect:/device-types/" + key;
    }

    @PostMapping("/{key}/delete")
    @PreAuthorize("hasRole('ADMIN')")
    String delete(@PathVariable String key, RedirectAttributes flash) {
        try {
            service.delete(key);
            flash.addFlashAttribute("flashSuccess", "Device type " + key + " deleted");
            return "redirect:/device-types";
        } catch (ConflictException e) {
            flash.addFlashAttribute("flashError", e.getMessage());
            return "redirect:/device-types/" + key;
        }
    }

    @GetMapping("/{key}/copy")
    @PreAuthorize("hasRole('ADMIN')")
    String copyForm(@PathVariable String key, Model model, HttpServletRequest request) {
        DeviceTypes.Details source = service.get(key);
        model.addAttribute("source", source);
        model.addAttribute("form", new DeviceTypeForm(key + "_custom", "Copy of " + source.name(), key, null));
        model.addAttribute("errors", Map.of());
        return Views.page(request, "drivers/copy");
    }

    @PostMapping("/{key}/copy")
    @PreAuthorize("hasRole('ADMIN')")
    String copy(
            @PathVariable String key,
            @ModelAttribute DeviceTypeForm form,
            Model model,
            HttpServletRequest request,
            RedirectAttributes flash) {
        try {
            service.copy(key, form.key(), form.name());
        } catch (DeviceTypes.InvalidException | ConflictException e) {
            model.addAttribute("source", service.get(key));
            model.addAttribute("form", form);
            model.addAttribute(
                    "errors",
                    e instanceof DeviceTypes.InvalidException invalid
                            ? errors(invalid.problems())
                            : Map.of("key", List.of(e.getMessage())));
            return Views.page(request, "drivers/copy");
        }
        flash.addFlashAttribute("flashSuccess", "Device type " + form.key() + " created from " + key);
        return "redirect:/device-types/" + form.key();
    }

    private String form(
            Model model,
            HttpServletRequest request,
            DeviceTypeForm form,
            Map<String, List<String>> errors,
            boolean edit) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("edit", edit);
        model.addAttribute(
                "bases",
                catalog.all().stream().filter(d -> !d.key().equals(form.key())).toList());
        return Views.page(request, "drivers/form");
    }

    private static DeviceTypes.Command command(DeviceTypeForm form) {
        return new DeviceTypes.Command(form.key(), form.name(), form.baseKey(), form.overrides());
    }

    /** Problems grouped by form field; YAML problems go to the overrides field with their path. */
    static Map<String, List<String>> errors(List<DriverProblem> problems) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (DriverProblem problem : problems) {
            String path = problem.path();
            String field = path.startsWith("overrides") ? "overrides" : path;
            String where = path.startsWith("overrides.") ? path.substring("overrides.".length()) + ": " : "";
            errors.computeIfAbsent(field, f -> new ArrayList<>()).add(where + problem.message());
        }
        return errors;
    }

    private static List<PartOrigin> origins(DeviceTypes.Details type) {
        List<PartOrigin> rows = new ArrayList<>();
        type.origins().forEach((part, keys) -> {
            boolean own = keys.getFirst().equals(type.key());
            List<String> inherited = own ? keys.subList(1, keys.size()) : keys;
            String label = own
                    ? (inherited.isEmpty() ? "own" : "own, extending " + String.join(", ", inherited))
                    : "inherited from " + String.join(", ", inherited);
            rows.add(new PartOrigin(part, label, own));
        });
        return rows;
    }
}
