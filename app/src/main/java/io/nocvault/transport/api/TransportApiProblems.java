package io.nocvault.transport.api;

import io.nocvault.transport.internal.BadFieldException;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A bad parameter of the transport API as a 400 problem with {@code errors: [{field, message}]}. */
@RestControllerAdvice(assignableTypes = {HostKeyApiController.class, NocTestApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class TransportApiProblems {

    @ExceptionHandler(BadFieldException.class)
    ProblemDetail badField(BadFieldException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid request");
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        return problem;
    }
}
