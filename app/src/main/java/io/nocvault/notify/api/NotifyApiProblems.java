package io.nocvault.notify.api;

import io.nocvault.notify.internal.FieldProblem;
import io.nocvault.notify.internal.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Bad input to the notify API as a 400 problem with {@code errors: [{field, message}]}. Nothing that was sent is
 * echoed back. JSON that does not parse is answered by {@code common.web.ApiProblemHandler} for every module.
 */
@RestControllerAdvice(
        assignableTypes = {RecipientApiController.class, ChannelApiController.class, DeliveryApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotifyApiProblems {

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return badRequest(e.problems());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        return badRequest(List.of(new FieldProblem(e.getName(), "Invalid value for this parameter")));
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
