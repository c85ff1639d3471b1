package io.nocvault.audit.internal;

import io.nocvault.common.Paging;
import java.util.Map;

/** The outcome of {@link AuditFilterParams#parse()}: usable only when {@link #valid()}. */
public record ParsedAuditFilter(AuditFilter filter, Paging paging, Map<String, String> errors) {

    public ParsedAuditFilter {
        errors = Map.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** The filter, or a 400 problem listing the bad fields. */
    public ParsedAuditFilter orThrow() {
        if (!valid()) {
            throw new InvalidAuditFilterException(errors);
        }
        return this;
    }
}
