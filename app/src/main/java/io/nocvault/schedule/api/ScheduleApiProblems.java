package io.nocvault.schedule.api;

import io.nocvault.common.FieldMessage;
import io.nocvault.common.web.FieldErrorProblems;
import io.nocvault.schedule.internal.InvalidInputException;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Bad input to the schedules API as the common 400 problem, fields named as in the JSON body ({@code target.kind},
 * {@code target.ids}, {@code target.names}) rather than as in the form.
 */
@RestControllerAdvice(assignableTypes = ScheduleApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScheduleApiProblems {

    private static final Map<String, String> JSON_FIELDS =
            Map.of("targetKind", "target.kind", "targetIds", "target.ids", "targetNames", "target.names");

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return FieldErrorProblems.badRequest(e.problems().stream()
                .map(p -> FieldMessage.of(JSON_FIELDS.getOrDefault(p.field(), p.field()), p.message()))
                .toList());
    }
}
