package io.nocvault.notify.internal;

import io.nocvault.common.NotFoundException;
import io.nocvault.common.Paging;
import io.nocvault.noc.NocScope;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Reads the delivery log within the caller's scope: deliveries of alerts of the listed NOCs; those of global
 * alerts (no NOC) only for unrestricted callers (head admins).
 */
@Service
public class DeliveryLog {

    private final DeliveryStore store;
    private final NocScope scope;

    DeliveryLog(DeliveryStore store, NocScope scope) {
        this.store = store;
        this.scope = scope;
    }

    /** A page of the log, newest first, optionally only deliveries in {@code status}. */
    public Page list(DeliveryStatus status, Paging paging) {
        String condition = scope.listedSqlCondition("d.noc_id");
        return new Page(store.count(condition, status), store.list(condition, status, paging.limit(), paging.offset()));
    }

    public DeliveryView get(long id) {
        return store.find(id)
                .filter(d -> scope.unrestricted() || (d.nocId() != null && scope.canSee(d.nocId())))
                .orElseThrow(() -> new NotFoundException("Delivery", id));
    }

    /** One page of deliveries and how many there are in all. */
    public record Page(long count, List<DeliveryView> results) {}
}
