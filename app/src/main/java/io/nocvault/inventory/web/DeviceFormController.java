package io.nocvault.inventory.web;

import io.nocvault.common.ConflictException;
import io.nocvault.common.Origin;
import io.nocvault.common.web.FormErrors;
import io.nocvault.common.web.Views;
import io.nocvault.drivers.Driver;
import io.nocvault.drivers.DriverCatalog;
import io.nocvault.inventory.internal.DeviceCommand;
import io.nocvault.inventory.internal.DeviceDetails;
import io.nocvault.inventory.internal.DeviceService;
import io.nocvault.inventory.internal.FieldProblem;
import io.nocvault.inventory.internal.InvalidInputException;
import io.nocvault.inventory.internal.InventoryAuthorization;
import io.nocvault.noc.NocDirectory;
import io.nocvault.noc.NocScope;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creating, editing and deleting a device (admins; a device of another NOC answers 404). */
@Controller
@RequestMapping("/devices")
class DeviceFormController {

    private final DeviceService devices;
    private final NocDirectory nocs;
    private final NocScope scope;
    private final DriverCatalog drivers;

    DeviceFormController(DeviceService devices, NocDirectory nocs, NocScope scope, DriverCatalog drivers) {
        this.devices = devices;
        this.nocs = nocs;
        this.scope = scope;
        this.drivers = drivers;
    }

    @GetMapping("/new")
    @PreAuthorize(InventoryAuthorization.CREATE)
    String newForm(Model model, HttpServletRequest request) {
        return show(model, request, DeviceForm.empty(scope.selectedNocId().orElse(null)), null, List.of());
    }

    @PostMapping
    @PreAuthorize(InventoryAuthorization.CREATE)
    String create(@ModelAttribute DeviceForm form, Model model, HttpServletRequest request, RedirectAttributes flash) {
        List<FieldProblem> problems = new ArrayList<>();
        DeviceCommand command = form.command(problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            DeviceDetails created = devices.create(command, Origin.current());
            flash.addFlashAttribute(
                    "flashSuccess", "Created device " + created.summary().hostname());
            return "redirect:/devices/" + created.id();
        } catch (InvalidInputException e) {
            return show(model, request, form, null, e.problems());
        } catch (ConflictException e) {
            return show(model, request, form, null, List.of(new FieldProblem(e.field(), e.getMessage())));
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(InventoryAuthorization.EDIT)
    String editForm(@PathVariable long id, Model model, HttpServletRequest request) {
        DeviceDetails current = devices.get(id);
        return show(model, request, DeviceForm.of(current), current, List.of());
    }

    @PostMapping("/{id}")
    @PreAuthorize(InventoryAuthorization.EDIT)
    String update(
            @PathVariable long id,
            @ModelAttribute DeviceForm form,
            Model model,
            HttpServletRequest request,
            RedirectAttributes flash) {
        DeviceDetails current = devices.get(id);
        List<FieldProblem> problems = new ArrayList<>();
        DeviceCommand command = form.command(problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            DeviceDetails saved = devices.update(id, command, Origin.current());
            flash.addFlashAttribute(
                    "flashSuccess", "Saved device " + saved.summary().hostname());
            return "redirect:/devices/" + id;
        } catch (InvalidInputException e) {
            return show(model, request, form, current, e.problems());
        } catch (ConflictException e) {
            return show(model, request, form, current, List.of(new FieldProblem(e.field(), e.getMessage())));
        }
    }

    @GetMapping("/{id}/delete")
    @PreAuthorize(InventoryAuthorization.EDIT)
    String confirmDelete(@PathVariable long id, Model model, HttpServletRequest request) {
        model.addAttribute("device", devices.get(id));
        return Views.page(request, "inventory/delete");
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(InventoryAuthorization.EDIT)
    String delete(@PathVariable long id, RedirectAttributes flash) {
        String hostname = devices.get(id).summary().hostname();
        devices.delete(id, Origin.current());
        flash.addFlashAttribute("flashSuccess", "Deleted device " + hostname);
        return "redirect:/devices";
    }

    private String show(
            Model model,
            HttpServletRequest request,
            DeviceForm form,
            DeviceDetails current,
            List<FieldProblem> problems) {
        DeviceForm shown = form.withoutSecrets();
        List<FieldProblem> fieldProblems =
                problems.stream().filter(p -> p.field() != null).toList();
        model.addAttribute("form", shown);
        FormErrors.show(model, shown, fieldProblems);
        model.addAttribute("device", current);
        model.addAttribute("nocs", nocs.visible());
        model.addAttribute("types", drivers.all().stream().map(Driver::key).toList());
        return Views.page(request, "inventory/form");
    }
}
