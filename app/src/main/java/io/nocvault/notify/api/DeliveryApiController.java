package io.nocvault.notify.api;

import io.nocvault.common.PageResponse;
import io.nocvault.common.Paging;
import io.nocvault.notify.internal.DeliveryLog;
import io.nocvault.notify.internal.DeliveryStatus;
import io.nocvault.notify.internal.DeliveryView;
import io.nocvault.notify.internal.NotifyAuthorization;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/notification-deliveries}: the delivery log, newest first, for admins within their NOCs. */
@RestController
@RequestMapping("/api/v1/notification-deliveries")
@PreAuthorize(NotifyAuthorization.ADMIN)
class DeliveryApiController {

    private final DeliveryLog log;

    DeliveryApiController(DeliveryLog log) {
        this.log = log;
    }

    @GetMapping
    PageResponse<DeliveryView> list(
            @RequestParam(required = false) DeliveryStatus status,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Long offset) {
        Paging paging = Paging.of(limit, offset);
        DeliveryLog.Page page = log.list(status, paging);
        return PageResponse.of(page.count(), paging, page.results());
    }

    @GetMapping("/{id}")
    DeliveryView get(@PathVariable long id) {
        return log.get(id);
    }
}
