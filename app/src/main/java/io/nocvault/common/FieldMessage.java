package io.nocvault.common;

/**
 * A message about one input field: a form field, a JSON property (dotted: {@code target.kind}) or a request
 * parameter. Never contains what was entered in a secret field. The modules' own field problem records implement it.
 */
public interface FieldMessage {

    String field();

    String message();

    static FieldMessage of(String field, String message) {
        return new Of(field, message);
    }

    /** A field message with nothing else to it. */
    record Of(String field, String message) implements FieldMessage {}
}
