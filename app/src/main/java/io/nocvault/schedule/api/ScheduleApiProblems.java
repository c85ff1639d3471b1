package io.nocvault.schedule.api;

import io.nocvault.schedule.internal.FieldProblem;
import io.nocvault.schedule.internal.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;

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

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JacksonException jackson
                && !jackson.getPath().isEmpty()) {
            String field = jackson.getPath().stream()
                    .map(JacksonException.Reference::getPropertyName)
                    .filter(Objects::nonNull)
                    .collect(Collectors.joining("."));
            return badRequest(List.of(new FieldProblem(field, "Invalid value for this field")));
        }
        return badRequest(List.of(new FieldProblem("body", "The request body is missing or is not valid JSON")));
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
