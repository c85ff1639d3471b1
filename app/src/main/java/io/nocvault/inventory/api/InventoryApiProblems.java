package io.nocvault.inventory.api;

import io.nocvault.common.web.FieldErrorProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The CSV import without its file as the common 400 problem with {@code errors: [{field, message}]}; every other bad
 * input of the inventory API is the common handler's.
 */
@RestControllerAdvice(assignableTypes = {DeviceApiController.class, DeviceImportApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class InventoryApiProblems {

    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    ProblemDetail missingFile(Exception e) {
        return FieldErrorProblems.badRequest("file", "Upload a CSV file in the multipart field \"file\"");
    }
}
