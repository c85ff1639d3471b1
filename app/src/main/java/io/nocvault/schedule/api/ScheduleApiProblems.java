package io.nocvault.schedule.api;

import io.nocvault.schedule.internal.FieldProblem;
import io.nocvault.schedule.internal.InvalidInputException;
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
 * Bad input to the schedules API as a 400 problem with {@code errors: [{field, message}]}, fields named as in the
 * JSON body ({@code target.kind}, {@code target.ids}, {@code target.names}).
 */
@RestControllerAdvice(assignableTypes = ScheduleApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScheduleApiProblems {

    private static final Map<String, String> JSON_FIELDS =
            Map.of("targetKind", "target.kind", "targetIds", "target.ids", "targetNames", "target.names");

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return badRequest(e.problems().stream()
                .map(p -> new FieldProblem(JSON_FIELDS.getOrDefault(p.field(), p.field()), p.message()))
                .toList());
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
