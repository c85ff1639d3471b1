package io.nocvault.notify.internal;

import io.nocvault.noc.NocScope;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The scoping rule of recipients, in one place. A recipient may serve several NOCs, so he is not a
 * {@code NocOwned} entity: the caller sees him when he serves at least one NOC the caller sees; a global recipient
 * (no NOC) is seen only by unrestricted callers (head admins, background work). Changing or deleting him needs
 * the same visibility; a change keeps the NOCs the caller cannot see.
 */
@Component
class RecipientScope {

    private final NocScope scope;

    RecipientScope(NocScope scope) {
        this.scope = scope;
    }

    /** An SQL condition on alias {@code r} keeping the recipients of the listed NOCs. */
    String listCondition() {
        if (scope.unrestricted() && scope.selectedNocId().isEmpty()) {
            return "1 = 1";
        }
        return "exists (select 1 from notify_recipient_nocs rn where rn.recipient_id = r.id and "
                + scope.listedSqlCondition("rn.noc_id") + ")";
    }

    boolean canSee(Set<Long> nocIds) {
        return scope.unrestricted() || nocIds.stream().anyMatch(scope::canSee);
    }

    boolean unrestricted() {
        return scope.unrestricted();
    }

    boolean canSeeNoc(Long nocId) {
        return scope.canSee(nocId);
    }
}
