package io.nocvault.transport.internal;

import io.nocvault.common.FieldErrorsException;

/** A request parameter of the transport pages or API has a value that cannot be used: answers 400 for the field. */
public class BadFieldException extends FieldErrorsException {

    private final String field;

    public BadFieldException(String field, String message) {
        super(field, message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
