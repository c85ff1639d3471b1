package io.nocvault.identity.internal;

import io.nocvault.common.FieldErrorsException;

/** A request value that breaks a rule only the service can check (e.g. a wrong current password): answers 400. */
public class InvalidFieldException extends FieldErrorsException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(field, message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
