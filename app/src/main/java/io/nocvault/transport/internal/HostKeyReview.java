package io.nocvault.transport.internal;

import io.nocvault.common.ConflictException;
import io.nocvault.common.NotFoundException;
import io.nocvault.common.Origin;
import io.nocvault.common.PageResponse;
import io.nocvault.common.Paging;
import io.nocvault.noc.NocDirectory;
import io.nocvault.noc.NocScope;
import io.nocvault.noc.NocSummary;
import io.nocvault.transport.HostKeyAccepted;
import io.nocvault.transport.HostKeyForgotten;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of pinned host keys, for the host keys page and API: list, show, accept an offered key, forget a pin.
 * Every read goes through the {@link NocScope}: a pin of a NOC the caller may not see (or, for anyone but an
 * unrestricted caller, a pin without NOC) answers 404. Accepting and forgetting are audited.
 */
@Service
public class HostKeyReview {

    private final HostKeyRows rows;
    private final NocScope scope;
    private final NocDirectory nocs;
    private final ApplicationEventPublisher events;

    HostKeyReview(HostKeyRows rows, NocScope scope, NocDirectory nocs, ApplicationEventPublisher events) {
        this.rows = rows;
        this.scope = scope;
        this.nocs = nocs;
        this.events = events;
    }

    /** The pins of the listed NOCs matching the filter, changed ones first. */
    @Transactional(readOnly = true)
    public PageResponse<HostKeyView> list(HostKeyFilter filter, Paging paging) {
        List<String> conditions = new ArrayList<>(List.of(scope.listedSqlCondition("noc_id")));
        HostKeyStatus status = filter.parsedStatus();
        if (status != null) {
            conditions.add("pending_fingerprint is " + (status == HostKeyStatus.CHANGED ? "not null" : "null"));
        }
        Long nocId = filter.parsedNocId();
        if (nocId != null) {
            conditions.add("noc_id = :noc");
        }
        String where = String.join(" and ", conditions);
        Map<Long, String> names = nocNames();
        List<HostKeyView> page = rows.list(where, nocId, paging.limit(), paging.offset()).stream()
                .map(pin -> pin.withNocName(names.get(pin.nocId())))
                .toList();
        return PageResponse.of(rows.count(where, nocId), paging, page);
    }

    /** The pin, when it exists and the caller may see its NOC; else 404. */
    @Transactional(readOnly = true)
    public HostKeyView get(long id) {
        HostKeyView pin = rows.find(id).orElseThrow(() -> notFound(id));
        scope.require(pin.nocId(), "Host key", id);
        return pin.withNocName(
                pin.nocId() == null
                        ? null
                        : nocs.find(pin.nocId()).map(NocSummary::name).orElse(null));
    }

    /** How many pins of the listed NOCs wait for review. */
    @Transactional(readOnly = true)
    public long changedCount() {
        return rows.count(scope.listedSqlCondition("noc_id") + " and pending_fingerprint is not null", null);
    }

    /**
     * Pins the key that was offered instead of the pinned one. {@code expectedFingerprint} (may be null) is the
     * offered key the admin reviewed: when another key was offered since, nothing changes and the answer is 409.
     */
    @Transactional
    public HostKeyView accept(long id, String expectedFingerprint) {
        HostKeyView pin = get(id);
        String offered = pin.offeredFingerprint();
        if (offered == null) {
            throw new ConflictException(
                    null, "The host key of " + pin.target() + " has not changed: nothing to accept");
        }
        String expected = expectedFingerprint == null || expectedFingerprint.isBlank() ? null : expectedFingerprint;
        if ((expected != null && !expected.strip().equals(offered)) || !rows.accept(id, offered)) {
            throw new ConflictException(
                    "fingerprint",
                    "The key offered by " + pin.target() + " is not the one you reviewed; review it again");
        }
        events.publishEvent(new HostKeyAccepted(
                Origin.current(), pin.subject(), pin.nocId(), pin.target(), pin.fingerprint(), offered));
        return get(id);
    }

    /** Removes the pin: the next connection pins whatever key it is offered. */
    @Transactional
    public void forget(long id) {
        HostKeyView pin = get(id);
        if (!rows.delete(id)) {
            throw notFound(id);
        }
        events.publishEvent(
                new HostKeyForgotten(Origin.current(), pin.subject(), pin.nocId(), pin.target(), pin.fingerprint()));
    }

    private Map<Long, String> nocNames() {
        return nocs.visible().stream().collect(Collectors.toMap(NocSummary::id, NocSummary::name, (a, b) -> a));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("Host key", id);
    }
}
