package io.nocvault.identity.web;

import io.nocvault.common.ConflictException;
import io.nocvault.identity.internal.InvalidFieldException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** Form errors by field name for the templates ({@code errors['username']}), first message per field. */
final class FieldErrors {

    private FieldErrors() {}

    static Map<String, String> of(BindingResult result) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : result.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), error.getDefaultMessage());
        }
        return errors;
    }

    static Map<String, String> of(RuntimeException e) {
        String field = e instanceof InvalidFieldException invalid
                ? invalid.field()
                : e instanceof ConflictException conflict ? conflict.field() : null;
        return Map.of(field == null ? "global" : field, e.getMessage());
    }

    /** A value to show again in a form: absurdly long input is not echoed back whole. */
    static String redisplay(String value) {
        return value == null || value.length() <= 300 ? value : value.substring(0, 300);
    }
}
