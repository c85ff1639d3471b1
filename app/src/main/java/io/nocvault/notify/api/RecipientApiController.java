package io.nocvault.notify.api;

import io.nocvault.common.PageResponse;
import io.nocvault.common.Paging;
import io.nocvault.notify.internal.NotifyAuthorization;
import io.nocvault.notify.internal.RecipientDetails;
import io.nocvault.notify.internal.RecipientService;
import java.net.URI;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/recipients}: who receives alerts. Every role reads the recipients of the NOCs it sees; admins
 * change them. A recipient the caller may not see answers 404.
 */
@RestController
@RequestMapping("/api/v1/recipients")
@PreAuthorize(NotifyAuthorization.READ_RECIPIENTS)
class RecipientApiController {

    private final RecipientService recipients;

    RecipientApiController(RecipientService recipients) {
        this.recipients = recipients;
    }

    @GetMapping
    PageResponse<RecipientDetails> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Long offset) {
        Paging paging = Paging.of(limit, offset);
        Page<RecipientDetails> page = recipients.list(q, paging);
        return PageResponse.of(page.getTotalElements(), paging, page.getContent());
    }

    @GetMapping("/{id}")
    RecipientDetails get(@PathVariable long id) {
        return recipients.get(id);
    }

    @PostMapping
    @PreAuthorize(NotifyAuthorization.MANAGE_RECIPIENTS)
    ResponseEntity<RecipientDetails> create(@RequestBody RecipientRequest body) {
        RecipientDetails created = recipients.create(body.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/recipients/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize(NotifyAuthorization.MANAGE_RECIPIENTS)
    RecipientDetails update(@PathVariable long id, @RequestBody RecipientRequest body) {
        return recipients.update(id, body.toCommand());
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(NotifyAuthorization.MANAGE_RECIPIENTS)
    ResponseEntity<Void> delete(@PathVariable long id) {
        recipients.delete(id);
        return ResponseEntity.noContent().build();
    }
}
