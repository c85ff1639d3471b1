package io.nocvault.noc.api;

import io.nocvault.noc.internal.NocAccessService;
import io.nocvault.noc.internal.NocAuthorization;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/users/{id}/nocs}: which NOCs a user may see. Admins read it (limited to the NOCs they see
 * themselves); the head admin replaces it.
 */
@RestController
@RequestMapping("/api/v1/users/{id}/nocs")
class NocAccessApiController {

    private final NocAccessService access;

    NocAccessApiController(NocAccessService access) {
        this.access = access;
    }

    @GetMapping
    @PreAuthorize(NocAuthorization.READ_ACCESS)
    NocAccessResponse get(@PathVariable long id) {
        return NocAccessResponse.of(access.of(id));
    }

    @PutMapping
    @PreAuthorize(NocAuthorization.MANAGE_ACCESS)
    NocAccessResponse replace(@PathVariable long id, @RequestBody NocAccessRequest body) {
        return NocAccessResponse.of(access.replace(id, body.nocIds()));
    }
}
