package io.nocvault.audit;

import io.nocvault.common.NotFoundException;
import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.CurrentUsers;
import io.nocvault.noc.NocScope;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link NocScope} for the audit tests, standing in for the noc module's: head admins (and work without a user)
 * are unrestricted, everyone else sees the NOCs a test granted him; {@link #select} plays the navbar switcher.
 */
public class TestNocScope implements NocScope {

    private final CurrentUsers users;
    private final Map<Long, Set<Long>> grants = new ConcurrentHashMap<>();
    private volatile Long selected;

    TestNocScope(CurrentUsers users) {
        this.users = users;
    }

    public void grant(long userId, Long... nocIds) {
        grants.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet()).addAll(Set.of(nocIds));
    }

    /** The switcher's choice, or {@code null} for "all my NOCs". */
    public void select(Long nocId) {
        selected = nocId;
    }

    public void reset() {
        grants.clear();
        selected = null;
    }

    @Override
    public boolean unrestricted() {
        return users.current().map(AuthenticatedUser::headAdmin).orElse(true);
    }

    @Override
    public Set<Long> visibleNocIds() {
        if (unrestricted()) {
            Set<Long> all = new HashSet<>();
            grants.values().forEach(all::addAll);
            return Set.copyOf(all);
        }
        return users.current()
                .map(user -> Set.copyOf(grants.getOrDefault(user.id(), Set.of())))
                .orElse(Set.of());
    }

    @Override
    public Optional<Long> selectedNocId() {
        Long choice = selected;
        return choice != null && canSee(choice) ? Optional.of(choice) : Optional.empty();
    }

    @Override
    public Set<Long> listedNocIds() {
        return selectedNocId().map(Set::of).orElseGet(this::visibleNocIds);
    }

    @Override
    public boolean canSee(Long nocId) {
        return nocId == null || unrestricted() || visibleNocIds().contains(nocId);
    }

    @Override
    public void require(Long nocId, String what, Object id) {
        if (!canSee(nocId)) {
            throw new NotFoundException(what, id);
        }
    }
}
