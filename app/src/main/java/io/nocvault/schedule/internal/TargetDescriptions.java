package io.nocvault.schedule.internal;

import io.nocvault.backup.RunTarget;
import io.nocvault.noc.NocDirectory;
import io.nocvault.noc.NocSummary;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** How a schedule's target reads in lists: NOCs by name, the rest as the backup module words it. */
@Component
class TargetDescriptions {

    private final NocDirectory nocs;

    TargetDescriptions(NocDirectory nocs) {
        this.nocs = nocs;
    }

    String describe(RunTarget target) {
        if (target.kind() != RunTarget.Kind.NOCS) {
            return target.describe();
        }
        String names = target.ids().stream()
                .map(id -> nocs.find(id).map(NocSummary::name).orElse("#" + id))
                .collect(Collectors.joining(", "));
        return (target.ids().size() == 1 ? "NOC " : "NOCs ") + names;
    }
}
