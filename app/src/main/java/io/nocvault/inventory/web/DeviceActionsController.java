package io.nocvault.inventory.web;

import io.nocvault.common.Origin;
import io.nocvault.common.web.Views;
import io.nocvault.inventory.DevicePinger;
import io.nocvault.inventory.internal.ConnectionTests;
import io.nocvault.inventory.internal.DeviceService;
import io.nocvault.inventory.internal.InventoryAuthorization;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Actions on devices: test connection (htmx fragment on the device page), ping now, and the bulk actions of the
 * list (enable, disable and delete for admins, ping for operators).
 */
@Controller
@RequestMapping("/devices")
class DeviceActionsController {

    private final DeviceService devices;
    private final ConnectionTests tests;
    private final DevicePinger pinger;

    DeviceActionsController(DeviceService devices, ConnectionTests tests, DevicePinger pinger) {
        this.devices = devices;
        this.tests = tests;
        this.pinger = pinger;
    }

    @PostMapping("/{id}/test")
    @PreAuthorize(InventoryAuthorization.OPERATE)
    String test(@PathVariable long id, Model model, HttpServletRequest request) {
        model.addAttribute("report", tests.test(id));
        model.addAttribute("device", devices.get(id));
        return Views.isHtmx(request) ? "inventory/fragments/test-result :: result" : "inventory/test";
    }

    @PostMapping("/{id}/ping")
    @PreAuthorize(InventoryAuthorization.OPERATE)
    String ping(@PathVariable long id, RedirectAttributes flash) {
        DevicePinger.PingReport report = pinger.ping(List.of(id));
        flash.addFlashAttribute(
                "flashSuccess", report.reachable() == 1 ? "The device answered" : "The device did not answer");
        return "redirect:/devices/" + id;
    }

    @PostMapping("/bulk/ping")
    @PreAuthorize(InventoryAuthorization.PING)
    String bulkPing(@RequestParam(required = false) List<Long> ids, RedirectAttributes flash) {
        if (none(ids, flash)) {
            return "redirect:/devices";
        }
        DevicePinger.PingReport report = pinger.ping(ids);
        flash.addFlashAttribute(
                "flashSuccess",
                "Pinged " + report.pinged() + " devices: " + report.reachable() + " answered, " + report.changed()
                        + " changed state (" + report.millis() + " ms)");
        return "redirect:/devices";
    }

    @PostMapping("/bulk/enable")
    @PreAuthorize(InventoryAuthorization.CREATE)
    String bulkEnable(@RequestParam(required = false) List<Long> ids, RedirectAttributes flash) {
        return setEnabled(ids, true, flash);
    }

    @PostMapping("/bulk/disable")
    @PreAuthorize(InventoryAuthorization.CREATE)
    String bulkDisable(@RequestParam(required = false) List<Long> ids, RedirectAttributes flash) {
        return setEnabled(ids, false, flash);
    }

    /** Asks for confirmation first ({@code confirm} absent), then deletes. */
    @PostMapping("/bulk/delete")
    @PreAuthorize(InventoryAuthorization.CREATE)
    String bulkDelete(
            @RequestParam(required = false) List<Long> ids,
            @RequestParam(required = false) String confirm,
            Model model,
            HttpServletRequest request,
            RedirectAttributes flash) {
        if (none(ids, flash)) {
            return "redirect:/devices";
        }
        if (confirm == null) {
            model.addAttribute(
                    "devices", ids.stream().distinct().map(devices::get).toList());
            return Views.page(request, "inventory/bulk-delete");
        }
        List<Long> distinct = ids.stream().distinct().toList();
        distinct.forEach(id -> devices.get(id));
        distinct.forEach(id -> devices.delete(id, Origin.current()));
        flash.addFlashAttribute("flashSuccess", "Deleted " + distinct.size() + " devices");
        return "redirect:/devices";
    }

    private String setEnabled(List<Long> ids, boolean enabled, RedirectAttributes flash) {
        if (none(ids, flash)) {
            return "redirect:/devices";
        }
        int changed = devices.setEnabled(ids, enabled, Origin.current());
        flash.addFlashAttribute("flashSuccess", (enabled ? "Enabled " : "Disabled ") + changed + " devices");
        return "redirect:/devices";
    }

    private static boolean none(List<Long> ids, RedirectAttributes flash) {
        if (ids == null || ids.isEmpty()) {
            flash.addFlashAttribute("flashError", "Select at least one device");
            return true;
        }
        return false;
    }
}
