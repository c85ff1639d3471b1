package io.nocvault.audit.internal;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Filter parameters that could not be understood: answers 400 with the problem's {@code errors: [{field,
 * message}]}, the shape every API validation error has.
 */
public class InvalidAuditFilterException extends ErrorResponseException {

    InvalidAuditFilterException(Map<String, String> errors) {
        super(HttpStatus.BAD_REQUEST, problem(errors), null);
    }

    private static ProblemDetail problem(Map<String, String> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid filter");
        problem.setProperty(
                "errors",
                errors.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> Map.of("field", e.getKey(), "message", e.getValue()))
                        .toList());
        return problem;
    }
}
