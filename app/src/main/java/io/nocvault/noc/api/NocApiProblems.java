package io.nocvault.noc.api;

import io.nocvault.noc.internal.FieldProblem;
import io.nocvault.noc.internal.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Bad input to the noc API as a 400 problem with {@code errors: [{field, message}]}, like every API validation
 * error. Nothing that was sent is echoed back: JSON that does not parse names the field, never the value.
 */
@RestControllerAdvice(assignableTypes = {NocApiController.class, NocAccessApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class NocApiProblems {

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return badRequest(e.problems());
    }

    private static ProblemDetail badRequest(List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid request");
        problem.setProperty(
                "errors",
                problems.stream()
                        .map(p -> Map.of("field", p.field(), "message", p.message()))
                        .toList());
        return problem;
    }
}
