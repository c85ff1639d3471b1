package io.nocvault.schedule.internal;

import io.nocvault.noc.NocScope;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The scoping rule of schedules, in one place. A schedule's target may span several NOCs, so it is not a
 * {@code NocOwned} entity: the caller sees it when he may see every NOC its target lies in; a schedule whose target
 * spans all NOCs (all devices, device types, tags) is seen by unrestricted callers only (head admins, background
 * work). Anyone else gets 404. The navbar switcher narrows lists to schedules touching the selected NOC.
 */
@Component
class ScheduleScope {

    private final NocScope scope;

    ScheduleScope(NocScope scope) {
        this.scope = scope;
    }

    boolean canSee(Set<Long> nocIds) {
        if (scope.unrestricted()) {
            return true;
        }
        return !nocIds.isEmpty() && nocIds.stream().allMatch(scope::canSee);
    }

    boolean unrestricted() {
        return scope.unrestricted();
    }

    /** An SQL condition on alias {@code s} keeping the schedules the caller sees and lists. */
    String listCondition() {
        String listed = scope.selectedNocId().isEmpty()
                ? "1 = 1"
                : "(not exists (select 1 from schedule_nocs g where g.schedule_id = s.id) or exists (select 1 from"
                        + " schedule_nocs l where l.schedule_id = s.id and " + scope.listedSqlCondition("l.noc_id")
                        + "))";
        if (scope.unrestricted()) {
            return listed;
        }
        Set<Long> visible = scope.visibleNocIds();
        String invisible = visible.isEmpty()
                ? "1 = 1"
                : "v.noc_id not in ("
                        + visible.stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
        return "exists (select 1 from schedule_nocs e where e.schedule_id = s.id) and not exists (select 1 from"
                + " schedule_nocs v where v.schedule_id = s.id and " + invisible + ") and " + listed;
    }
}
