package io.nocvault.identity.api;

import io.nocvault.identity.internal.ForbiddenOperationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The identity API's own errors as problem details: an operation the caller's role does not allow (403 with the
 * reason). Everything else is the common handler's, a service-checked field ({@code InvalidFieldException}) too.
 */
@RestControllerAdvice(basePackageClasses = IdentityApiAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdentityApiAdvice {

    @ExceptionHandler(ForbiddenOperationException.class)
    ResponseEntity<ProblemDetail> forbidden(ForbiddenOperationException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage()));
    }
}
