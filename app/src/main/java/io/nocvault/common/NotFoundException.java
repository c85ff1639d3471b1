package io.nocvault.common;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Thrown when an object does not exist or lies in a NOC the current user was not granted: both answer 404, so
 * that nobody learns whether an object of another NOC exists.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }

    public NotFoundException(String message) {
        super(message);
    }
}
