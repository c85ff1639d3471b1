package io.nocvault.notify.api;

import io.nocvault.common.PageResponse;
import io.nocvault.common.Paging;
import io.nocvault.notify.internal.ChannelAnswer;
import io.nocvault.notify.internal.ChannelDetails;
import io.nocvault.notify.internal.ChannelService;
import io.nocvault.notify.internal.NotifyAuthorization;
import java.net.URI;
import java.util.List;
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
 * {@code /api/v1/notification-channels}: WhatsApp, e-mail and webhook channels, for admins. Secrets are
 * write-only: answers carry only {@code hasSecret}. {@code POST /{id}/test} sends a test message and answers
 * what the channel said.
 */
@RestController
@RequestMapping("/api/v1/notification-channels")
@PreAuthorize(NotifyAuthorization.ADMIN)
class ChannelApiController {

    private final ChannelService channels;

    ChannelApiController(ChannelService channels) {
        this.channels = channels;
    }

    /** The body of a test: where to send it (phone number or e-mail address; webhooks need nothing). */
    record TestRequest(String to) {}

    @GetMapping
    PageResponse<ChannelDetails> list(
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) Long offset) {
        Paging paging = Paging.of(limit, offset);
        List<ChannelDetails> all = channels.list();
        int from = (int) Math.min(paging.offset(), all.size());
        int to = Math.min(from + paging.limit(), all.size());
        return PageResponse.of(all.size(), paging, all.subList(from, to));
    }

    @GetMapping("/{id}")
    ChannelDetails get(@PathVariable long id) {
        return channels.get(id);
    }

    @PostMapping
    ResponseEntity<ChannelDetails> create(@RequestBody ChannelRequest body) {
        ChannelDetails created = channels.create(body.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/notification-channels/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    ChannelDetails update(@PathVariable long id, @RequestBody ChannelRequest body) {
        return channels.update(id, body.toCommand());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        channels.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/test")
    ChannelAnswer test(@PathVariable long id, @RequestBody(required = false) TestRequest body) {
        return channels.test(id, body == null ? null : body.to());
    }
}
