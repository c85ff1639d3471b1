package io.nocvault.backup.run;

/** A run request with a bad field: 400 with {@code errors: [{field, message}]}. */
class BadRunRequest extends RuntimeException {

    private final String field;

    BadRunRequest(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
