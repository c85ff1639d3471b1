package io.nocvault.identity;

import java.util.List;
import java.util.Optional;

/** Read access to users for other modules (e.g. NOC grants). */
public interface UserDirectory {

    Optional<UserSummary> find(long id);

    /** Every user, ordered by username. */
    List<UserSummary> all();
}
