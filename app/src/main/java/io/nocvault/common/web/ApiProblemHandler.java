package io.nocvault.common.web;

import io.nocvault.common.ConflictException;
import io.nocvault.common.FieldErrorsException;
import io.nocvault.common.FieldMessage;
import io.nocvault.common.NotFoundException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns every API error into an RFC 9457 problem detail. Validation errors carry {@code errors: [{field,
 * message}]} ({@link FieldErrorProblems}), among them every module's {@link FieldErrorsException}; nothing from the
 * request body or a secret is echoed back.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        if (e.field() != null) {
            problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        }
        return problem;
    }

    /** A module's rules broken, field by field. */
    @ExceptionHandler(FieldErrorsException.class)
    ProblemDetail fieldErrors(FieldErrorsException e) {
        return FieldErrorProblems.badRequest(e.errors());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        return FieldErrorProblems.badRequest(e.getConstraintViolations().stream()
                .map(v -> FieldMessage.of(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badArgument(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldMessage> errors = ex.getBindingResult().getAllErrors().stream()
                .map(error -> FieldMessage.of(
                        error instanceof FieldError fe ? fe.getField() : error.getObjectName(),
                        String.valueOf(error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(FieldErrorProblems.badRequest(errors));
    }

    /** JSON that does not parse names the field (or {@code body}), never the value that was sent. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = jsonField(ex);
        String message =
                field == null ? "The request body is missing or is not valid JSON" : "Invalid value for this field";
        return ResponseEntity.badRequest().body(FieldErrorProblems.badRequest(field == null ? "body" : field, message));
    }

    /** A path variable or request parameter of the wrong type (a word for a number, a number too large). */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        String type =
                ex.getRequiredType() == null ? "value" : ex.getRequiredType().getSimpleName();
        String message = Number.class.isAssignableFrom(boxed(ex.getRequiredType()))
                ? "Enter a whole number in range"
                : "Invalid " + type.toLowerCase(java.util.Locale.ROOT);
        return ResponseEntity.badRequest()
                .body(FieldErrorProblems.badRequest(field == null ? "parameter" : field, message));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return ResponseEntity.badRequest().body(FieldErrorProblems.badRequest(ex.getParameterName(), "Required"));
    }

    /** The dotted JSON property path of a Jackson error, or {@code null} when the body as a whole is bad. */
    private static String jsonField(HttpMessageNotReadableException ex) {
        if (!(ex.getCause() instanceof JacksonException jackson)
                || jackson.getPath().isEmpty()) {
            return null;
        }
        String field = jackson.getPath().stream()
                .map(JacksonException.Reference::getPropertyName)
                .filter(Objects::nonNull)
                .collect(Collectors.joining("."));
        return field.isEmpty() ? null : field;
    }

    private static Class<?> boxed(Class<?> type) {
        if (type == null) {
            return Object.class;
        }
        return type.isPrimitive() && type != boolean.class ? Number.class : type;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
