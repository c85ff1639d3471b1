package io.nocvault.noc;

import io.nocvault.common.Origin;
import java.util.Optional;

/**
 * Creates NOCs without a request (e.g. the demo lab), with the same validation as the NOC form and API, and finds
 * a NOC by name so that such work can tell whether it already ran. Publishes {@link NocCreated} with the given
 * origin.
 */
public interface NocProvisioning {

    /**
     * Creates the NOC and answers it.
     *
     * @throws io.nocvault.common.ConflictException when a NOC of that name (ignoring case) exists
     * @throws IllegalArgumentException for invalid fields; the message names each field and its problem, never a
     *     secret's value
     */
    NocSummary create(NewNoc noc, Origin origin);

    /** The NOC of that name (ignoring case and surrounding spaces), when it exists and the caller may see it. */
    Optional<NocSummary> findByName(String name);
}
