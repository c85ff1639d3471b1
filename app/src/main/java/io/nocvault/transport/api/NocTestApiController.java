package io.nocvault.transport.api;

import io.nocvault.transport.ConnectionReport;
import io.nocvault.transport.internal.JumpServerTests;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/nocs/{id}/test} (operators and above): tests the NOC's jump server and answers
 * {@code {"ok":…,"steps":[{"step","ok","millis","error"}]}}. A failed test is still 200 with {@code ok: false}; a
 * NOC without jump server is 409, a NOC the caller may not see 404.
 */
@RestController
class NocTestApiController {

    private final JumpServerTests tests;

    NocTestApiController(JumpServerTests tests) {
        this.tests = tests;
    }

    @PostMapping("/api/v1/nocs/{id}/test")
    @PreAuthorize("hasRole('OPERATOR') or !@nocScope.canSee(#id)")
    ConnectionReport test(@PathVariable long id) {
        return tests.test(id);
    }
}
