package io.nocvault.common.web;

import io.nocvault.common.FieldMessage;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The one shape of bad input in the API: a 400 problem detail "Invalid request" with {@code errors: [{field,
 * message}]}. Used by {@link ApiProblemHandler} and by the modules' advices that answer exceptions of their own.
 */
public final class FieldErrorProblems {

    private FieldErrorProblems() {}

    public static ProblemDetail badRequest(List<? extends FieldMessage> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid request");
        problem.setProperty(
                "errors",
                errors.stream()
                        .map(e -> Map.of("field", e.field(), "message", e.message()))
                        .toList());
        return problem;
    }

    public static ProblemDetail badRequest(String field, String message) {
        return badRequest(List.of(FieldMessage.of(field, message)));
    }
}
