package io.nocvault.identity;

import java.util.Optional;

/** Who is calling: the {@link AuthenticatedUser} of the current request, if any. */
public interface CurrentUsers {

    /** The authenticated user of this thread's request; empty for anonymous requests and background work. */
    Optional<AuthenticatedUser> current();

    /** Like {@link #current()}, but a missing user is a programming error. */
    default AuthenticatedUser require() {
        return current().orElseThrow(() -> new IllegalStateException("No authenticated user"));
    }
}
