package io.nocvault.identity.api;

import io.nocvault.identity.internal.ForbiddenOperationException;
import io.nocvault.identity.internal.InvalidFieldException;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The identity API's own errors as problem details: a service-checked field (400 with {@code errors}) and an
 * operation the caller's role does not allow (403 with the reason). Everything else is the common handler's.
 */
@RestControllerAdvice(basePackageClasses = IdentityApiAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdentityApiAdvice {

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<ProblemDetail> invalidField(InvalidFieldException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid request");
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(ForbiddenOperationException.class)
    ResponseEntity<ProblemDetail> forbidden(ForbiddenOperationException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage()));
    }
}
