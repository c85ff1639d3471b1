package io.nocvault.transport.internal;

/** A request parameter of the transport pages or API has a value that cannot be used: answers 400 for the field. */
public class BadFieldException extends RuntimeException {

    private final String field;

    public BadFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
