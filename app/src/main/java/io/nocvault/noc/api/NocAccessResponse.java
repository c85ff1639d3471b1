package io.nocvault.noc.api;

import io.nocvault.noc.NocSummary;
import io.nocvault.noc.internal.UserNocAccess;
import java.util.List;

/** A user's NOC access; {@code allNocs} for head admins, who see every NOC without grants. */
record NocAccessResponse(long userId, String username, boolean allNocs, List<Long> nocIds, List<NocSummary> nocs) {

    static NocAccessResponse of(UserNocAccess access) {
        return new NocAccessResponse(
                access.user().id(), access.user().username(), access.allNocs(), access.nocIds(), access.nocs());
    }
}
