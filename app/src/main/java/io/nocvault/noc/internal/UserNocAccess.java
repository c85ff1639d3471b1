package io.nocvault.noc.internal;

import io.nocvault.identity.UserSummary;
import io.nocvault.noc.NocSummary;
import java.util.List;

/**
 * The NOCs a user may see: every NOC for a head admin ({@code allNocs}), otherwise his grants. {@code nocs} holds
 * only the NOCs the caller himself may see.
 */
public record UserNocAccess(UserSummary user, boolean allNocs, List<NocSummary> nocs) {

    public List<Long> nocIds() {
        return nocs.stream().map(NocSummary::id).toList();
    }
}
