package io.nocvault.notify.web;

import io.nocvault.common.PageResponse;
import io.nocvault.common.Paging;
import io.nocvault.common.web.Views;
import io.nocvault.notify.internal.DeliveryLog;
import io.nocvault.notify.internal.DeliveryStatus;
import io.nocvault.notify.internal.NotifyAuthorization;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The delivery log page (admins, within their NOCs), newest first, filterable by status. */
@Controller
@PreAuthorize(NotifyAuthorization.ADMIN)
class DeliveryPagesController {

    private final DeliveryLog log;

    DeliveryPagesController(DeliveryLog log) {
        this.log = log;
    }

    @GetMapping("/deliveries")
    String list(
            @RequestParam(required = false) DeliveryStatus status,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Long offset,
            Model model,
            HttpServletRequest request) {
        Paging paging = Paging.of(limit, offset);
        DeliveryLog.Page page = log.list(status, paging);
        model.addAttribute("status", status);
        model.addAttribute("statuses", DeliveryStatus.values());
        model.addAttribute("page", PageResponse.of(page.count(), paging, page.results()));
        return Views.page(request, "notify/deliveries");
    }
}
