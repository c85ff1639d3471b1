package io.nocvault.transport.api;

import io.nocvault.common.PageResponse;
import io.nocvault.common.Paging;
import io.nocvault.transport.internal.HostKeyFilter;
import io.nocvault.transport.internal.HostKeyReview;
import io.nocvault.transport.internal.HostKeyView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/host-keys} (admins): pinned host keys of the caller's NOCs, changed ones first; accept the key a
 * device or jump server offers instead of the pinned one, or forget a pin. Other NOCs' pins answer 404.
 */
@RestController
@RequestMapping("/api/v1/host-keys")
@PreAuthorize("hasRole('ADMIN')")
class HostKeyApiController {

    private final HostKeyReview review;

    HostKeyApiController(HostKeyReview review) {
        this.review = review;
    }

    /** What accepting may say: the offered fingerprint that was reviewed (optional, checked when given). */
    record AcceptRequest(String fingerprint) {}

    @GetMapping
    PageResponse<HostKeyView> list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String nocId,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Long offset) {
        return review.list(new HostKeyFilter(status, nocId), Paging.of(limit, offset));
    }

    @GetMapping("/{id}")
    HostKeyView get(@PathVariable long id) {
        return review.get(id);
    }

    @PostMapping("/{id}/accept")
    HostKeyView accept(@PathVariable long id, @RequestBody(required = false) AcceptRequest body) {
        return review.accept(id, body == null ? null : body.fingerprint());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> forget(@PathVariable long id) {
        review.forget(id);
        return ResponseEntity.noContent().build();
    }
}
