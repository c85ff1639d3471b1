package io.nocvault.noc.api;

import io.nocvault.common.PageResponse;
import io.nocvault.common.Paging;
import io.nocvault.noc.internal.NocAuthorization;
import io.nocvault.noc.internal.NocDetails;
import io.nocvault.noc.internal.NocFilter;
import io.nocvault.noc.internal.NocService;
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
 * {@code /api/v1/nocs}: NOCs of the caller's scope. Secrets are write-only: answers carry only
 * {@code hasJumpPassword} and {@code hasJumpPrivateKey}. A NOC the caller may not see answers 404.
 */
@RestController
@RequestMapping("/api/v1/nocs")
@PreAuthorize(NocAuthorization.READ)
class NocApiController {

    private final NocService nocs;

    NocApiController(NocService nocs) {
        this.nocs = nocs;
    }

    @GetMapping
    PageResponse<NocDetails> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Long offset) {
        Paging paging = Paging.of(limit, offset);
        Page<NocDetails> page = nocs.list(new NocFilter(q), paging);
        return PageResponse.of(page.getTotalElements(), paging, page.getContent());
    }

    @GetMapping("/{id}")
    NocDetails get(@PathVariable long id) {
        return nocs.get(id);
    }

    @PostMapping
    @PreAuthorize(NocAuthorization.CREATE)
    ResponseEntity<NocDetails> create(@RequestBody NocRequest body) {
        NocDetails created = nocs.create(body.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/nocs/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize(NocAuthorization.EDIT)
    NocDetails update(@PathVariable long id, @RequestBody NocRequest body) {
        return nocs.update(id, body.toCommand());
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(NocAuthorization.DELETE)
    ResponseEntity<Void> delete(@PathVariable long id) {
        nocs.delete(id);
        return ResponseEntity.noContent().build();
    }
}
