package io.nocvault.backup.run;

import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A bad field of the run API as a 400 problem with {@code errors: [{field, message}]}. */
@RestControllerAdvice(assignableTypes = RunApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RunApiProblems {

    @ExceptionHandler(BadRunRequest.class)
    ProblemDetail badField(BadRunRequest e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid request");
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badTarget(IllegalArgumentException e) {
        return badField(new BadRunRequest("target", e.getMessage()));
    }
}
