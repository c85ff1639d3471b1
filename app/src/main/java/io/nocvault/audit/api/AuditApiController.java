package io.nocvault.audit.api;

import io.nocvault.audit.internal.AuditFilterParams;
import io.nocvault.audit.internal.AuditPage;
import io.nocvault.audit.internal.AuditQuery;
import io.nocvault.audit.internal.ParsedAuditFilter;
import io.nocvault.common.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** "Recent actions" for automation: read-only, newest first, scoped to the caller's NOCs. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Recent actions of users and the system (read-only)")
class AuditApiController {

    private final AuditQuery query;

    AuditApiController(AuditQuery query) {
        this.query = query;
    }

    @GetMapping
    @Operation(
            summary = "List entries, newest first",
            description = "Filters: actor (exact), action (prefix, e.g. user.), nocId, from/to (ISO date or date-time;"
                    + " a date 'to' includes that day, a date-time 'to' is exclusive), success. Paged with"
                    + " limit/offset. Bad values answer 400 with errors [{field, message}].")
    PageResponse<AuditEntryJson> list(@ParameterObject AuditFilterParams params) {
        ParsedAuditFilter parsed = params.parse().orThrow();
        AuditPage page = query.page(parsed.filter(), parsed.paging());
        return PageResponse.of(
                page.count(),
                parsed.paging(),
                page.entries().stream().map(AuditEntryJson::of).toList());
    }
}
