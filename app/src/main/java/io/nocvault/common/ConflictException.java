package io.nocvault.common;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A request that contradicts the current state (duplicate name, forbidden transition): answers 409. */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form or JSON field the conflict is about, or {@code null}. */
    public String field() {
        return field;
    }
}
