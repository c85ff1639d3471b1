package io.nocvault.backup.run;

import io.nocvault.common.web.FieldErrorProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A bad field of the run API as a 400 problem with {@code errors: [{field, message}]}. */
@RestControllerAdvice(assignableTypes = RunApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RunApiProblems {

    @ExceptionHandler(BadRunRequest.class)
    ProblemDetail badField(BadRunRequest e) {
        return FieldErrorProblems.badRequest(e.field(), e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badTarget(IllegalArgumentException e) {
        return badField(new BadRunRequest("target", e.getMessage()));
    }
}
