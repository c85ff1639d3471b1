package io.nocvault.identity.internal;

/** A request value that breaks a rule only the service can check (e.g. a wrong current password): answers 400. */
public class InvalidFieldException extends IllegalArgumentException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
