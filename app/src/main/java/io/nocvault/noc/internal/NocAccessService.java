package io.nocvault.noc.internal;

import io.nocvault.common.ConflictException;
import io.nocvault.common.NotFoundException;
import io.nocvault.common.Origin;
import io.nocvault.identity.Role;
import io.nocvault.identity.UserDirectory;
import io.nocvault.identity.UserSummary;
import io.nocvault.noc.NocAccessGranted;
import io.nocvault.noc.NocAccessRevoked;
import io.nocvault.noc.NocSummary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and replaces the NOC grants of a user; head admins need none, they see every NOC. */
@Service
@Transactional
public class NocAccessService {

    static final String HEAD_ADMIN_SEES_ALL = "Head admins see every NOC; their access cannot be restricted";

    private final UserDirectory users;
    private final NocGrants grants;
    private final NocCatalog catalog;
    private final RequestNocScope scope;
    private final ApplicationEventPublisher events;

    NocAccessService(
            UserDirectory users,
            NocGrants grants,
            NocCatalog catalog,
            RequestNocScope scope,
            ApplicationEventPublisher events) {
        this.users = users;
        this.grants = grants;
        this.catalog = catalog;
        this.scope = scope;
        this.events = events;
    }

    /** The user's NOC access as far as the caller may see it. */
    @Transactional(readOnly = true)
    public UserNocAccess of(long userId) {
        UserSummary user = user(userId);
        boolean all = user.role() == Role.HEAD_ADMIN;
        List<NocSummary> nocs = all ? catalog.all() : catalog.named(grants.nocIdsOf(userId));
        return new UserNocAccess(
                user, all, nocs.stream().filter(n -> scope.canSee(n.id())).toList());
    }

    /** Every NOC, for the grant editor (head admins only, so unscoped). */
    @Transactional(readOnly = true)
    public List<NocSummary> allNocs() {
        return catalog.all();
    }

    /** Makes {@code nocIds} the user's grants; publishes what was granted and what was revoked. */
    public UserNocAccess replace(long userId, Collection<Long> nocIds) {
        UserSummary user = user(userId);
        if (nocIds == null || nocIds.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("nocIds", "Give the list of NOC ids (may be empty)");
        }
        if (user.role() == Role.HEAD_ADMIN) {
            throw new ConflictException("nocIds", HEAD_ADMIN_SEES_ALL);
        }
        Map<Long, NocSummary> known = catalog.named(Set.copyOf(nocIds)).stream()
                .collect(Collectors.toMap(NocSummary::id, Function.identity()));
        List<Long> unknown = nocIds.stream()
                .filter(id -> !known.containsKey(id))
                .distinct()
                .sorted()
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("nocIds", "Unknown NOC ids: " + join(unknown));
        }
        Set<Long> before = grants.nocIdsOf(userId);
        Set<Long> wanted = new LinkedHashSet<>(nocIds);
        List<Long> added =
                wanted.stream().filter(id -> !before.contains(id)).sorted().toList();
        List<Long> removed =
                before.stream().filter(id -> !wanted.contains(id)).sorted().toList();
        grants.revoke(userId, removed);
        grants.grant(userId, added);
        publish(user, added, removed);
        scope.forget();
        return of(userId);
    }

    /** Drops every grant of a deleted user. */
    public int forgetUser(long userId) {
        return grants.deleteForUser(userId);
    }

    private void publish(UserSummary user, List<Long> added, List<Long> removed) {
        Origin origin = Origin.current();
        if (!added.isEmpty()) {
            events.publishEvent(new NocAccessGranted(origin, user.id(), user.username(), added, names(added)));
        }
        if (!removed.isEmpty()) {
            events.publishEvent(new NocAccessRevoked(origin, user.id(), user.username(), removed, names(removed)));
        }
    }

    private List<String> names(List<Long> ids) {
        Map<Long, String> byId =
                catalog.named(Set.copyOf(ids)).stream().collect(Collectors.toMap(NocSummary::id, NocSummary::name));
        List<String> names = new ArrayList<>();
        ids.forEach(id -> names.add(byId.getOrDefault(id, "#" + id)));
        return names;
    }

    private UserSummary user(long userId) {
        return users.find(userId).orElseThrow(() -> new NotFoundException("User", userId));
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
