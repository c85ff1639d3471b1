package io.nocvault.inventory.web;

import io.nocvault.common.PageResponse;
import io.nocvault.common.Paging;
import io.nocvault.common.web.Views;
import io.nocvault.drivers.Driver;
import io.nocvault.drivers.DriverCatalog;
import io.nocvault.inventory.internal.DeviceDetails;
import io.nocvault.inventory.internal.DeviceFilter;
import io.nocvault.inventory.internal.DeviceService;
import io.nocvault.inventory.internal.InvalidInputException;
import io.nocvault.inventory.internal.InventoryAuthorization;
import io.nocvault.noc.NocDirectory;
import io.nocvault.noc.NocScope;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The device list (filters, paging, bulk selection; narrowed by the navbar switcher) and a device's page. */
@Controller
@RequestMapping("/devices")
@PreAuthorize(InventoryAuthorization.READ)
class DevicePagesController {

    private final DeviceService devices;
    private final NocDirectory nocs;
    private final NocScope scope;
    private final DriverCatalog drivers;

    DevicePagesController(DeviceService devices, NocDirectory nocs, NocScope scope, DriverCatalog drivers) {
        this.devices = devices;
        this.nocs = nocs;
        this.scope = scope;
        this.drivers = drivers;
    }

    @GetMapping
    String list(@ModelAttribute DeviceListQuery query, Model model, HttpServletRequest request) {
        Paging paging = Paging.of(query.limit(), query.offset());
        DeviceFilter filter;
        try {
            filter = DeviceFilter.parse(
                    query.nocId(), query.deviceType(), query.tag(), query.status(), query.enabled(), query.q());
        } catch (InvalidInputException e) {
            model.addAttribute("filterError", e.problems().getFirst().message());
            filter = new DeviceFilter(query.nocId(), query.deviceType(), query.tag(), null, null, query.q());
        }
        Page<DeviceDetails> page = devices.list(filter, paging);
        model.addAttribute("filter", filter);
        model.addAttribute("statusParam", query.status());
        model.addAttribute("enabledParam", query.enabled());
        model.addAttribute("page", PageResponse.of(page.getTotalElements(), paging, page.getContent()));
        model.addAttribute("nocs", nocs.visible());
        model.addAttribute("types", drivers.all().stream().map(Driver::key).toList());
        model.addAttribute(
                "selectedNoc", scope.selectedNocId().flatMap(nocs::find).orElse(null));
        model.addAttribute("exportQuery", request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return Views.page(request, "inventory/list");
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model, HttpServletRequest request) {
        DeviceDetails device = devices.get(id);
        model.addAttribute("device", device);
        model.addAttribute("viaJump", nocs.jumpServer(device.summary().nocId()).isPresent());
        return Views.page(request, "inventory/detail");
    }
}
