package io.nocvault.inventory.api;

import io.nocvault.inventory.internal.FieldProblem;
import io.nocvault.inventory.internal.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Bad input to the inventory API as a 400 problem with {@code errors: [{field, message}]}. Nothing that was sent is
 * echoed back: JSON that does not parse names the field, never the value.
 */
@RestControllerAdvice(assignableTypes = {DeviceApiController.class, DeviceImportApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class InventoryApiProblems {

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return badRequest(e.problems());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        return badRequest(List.of(new FieldProblem(e.getName(), "Invalid value for this parameter")));
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    ProblemDetail missingFile(Exception e) {
        return badRequest(List.of(new FieldProblem("file", "Upload a CSV file in the multipart field \"file\"")));
    }

    static ProblemDetail badRequest(List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid request");
        problem.setProperty(
                "errors",
                problems.stream()
                        .map(p -> Map.of("field", p.field(), "message", p.message()))
                        .toList());
        return problem;
    }
}
