package io.nocvault.identity.internal;

import org.springframework.security.access.AccessDeniedException;

/** A user-management operation the caller's role does not allow; its message says why and is safe to show. */
public class ForbiddenOperationException extends AccessDeniedException {

    public ForbiddenOperationException(String message) {
        super(message);
    }
}
