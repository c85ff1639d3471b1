package io.nocvault.common;

import java.util.List;

/**
 * Input that breaks a module's rules, with one message per field: the API answers 400 with {@code errors: [{field,
 * message}]} (see {@code common.web.ApiProblemHandler}); pages show each message beside its field. Modules throw
 * their own subclasses.
 */
public class FieldErrorsException extends IllegalArgumentException {

    private final transient List<FieldMessage> errors;

    public FieldErrorsException(String message, List<? extends FieldMessage> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    /** One field's problem; the exception's message is that of the field. */
    public FieldErrorsException(String field, String message) {
        this(message, List.of(FieldMessage.of(field, message)));
    }

    public List<FieldMessage> errors() {
        return errors;
    }
}
