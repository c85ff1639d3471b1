package io.nocvault.backup.version;

import io.nocvault.backup.BlobCorruptException;
import io.nocvault.drivers.CaptureException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A version whose blob fails verification answers 409 with the blob id and what failed (never any content): the
 * version is marked corrupt and stays as found for an administrator.
 */
@RestControllerAdvice(
        basePackages = {"io.nocvault.backup.version", "io.nocvault.backup.diff", "io.nocvault.backup.restore"})
@Order(Ordered.HIGHEST_PRECEDENCE)
class BackupApiProblems {

    @ExceptionHandler(BlobCorruptException.class)
    ProblemDetail corrupt(BlobCorruptException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Version failed verification");
        return problem;
    }

    @ExceptionHandler(CaptureException.class)
    ProblemDetail device(CaptureException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, e.getMessage());
        problem.setTitle("The device could not be reached or driven");
        problem.setProperty("kind", e.kind().name());
        return problem;
    }
}
