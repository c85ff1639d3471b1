package io.nocvault.noc.internal;

import io.nocvault.common.NotFoundException;
import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.CurrentUsers;
import io.nocvault.noc.NocScope;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * {@link NocScope} for the current thread. Head admins and background threads (no user, no HTTP request) are
 * unrestricted; an anonymous HTTP request sees nothing; everyone else sees his grants, read once per request and
 * kept in the request's attributes. The bean is named {@code nocScope} for use in {@code @PreAuthorize}.
 */
@Component("nocScope")
class RequestNocScope implements NocScope {

    private static final String CACHE = RequestNocScope.class.getName() + ".view";

    private final CurrentUsers currentUsers;
    private final NocGrants grants;
    private final NocSelection selection;

    RequestNocScope(CurrentUsers currentUsers, NocGrants grants, NocSelection selection) {
        this.currentUsers = currentUsers;
        this.grants = grants;
        this.selection = selection;
    }

    @Override
    public boolean unrestricted() {
        return view().unrestricted;
    }

    @Override
    public Set<Long> visibleNocIds() {
        View view = view();
        if (view.visible == null) {
            view.visible = Set.copyOf(grants.allNocIds());
        }
        return view.visible;
    }

    @Override
    public Optional<Long> selectedNocId() {
        return selection.current().filter(id -> visibleNocIds().contains(id));
    }

    @Override
    public Set<Long> listedNocIds() {
        return selectedNocId().map(Set::of).orElseGet(this::visibleNocIds);
    }

    @Override
    public boolean canSee(Long nocId) {
        View view = view();
        if (view.unrestricted) {
            return true;
        }
        return nocId != null && view.visible.contains(nocId);
    }

    @Override
    public void require(Long nocId, String what, Object id) {
        if (!canSee(nocId)) {
            throw new NotFoundException(what, id);
        }
    }

    /** Drops this request's cached view, after NOCs or grants changed. */
    void forget() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null) {
            attributes.removeAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    private View view() {
        Optional<AuthenticatedUser> user = currentUsers.current();
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        Long userId = user.map(AuthenticatedUser::id).orElse(null);
        if (attributes != null
                && attributes.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST) instanceof View cached
                && cached.belongsTo(userId)) {
            return cached;
        }
        View view = load(user, NocSelection.currentRequest() != null);
        if (attributes != null) {
            attributes.setAttribute(CACHE, view, RequestAttributes.SCOPE_REQUEST);
        }
        return view;
    }

    private View load(Optional<AuthenticatedUser> user, boolean inHttpRequest) {
        if (user.isEmpty()) {
            // background work is unrestricted; an HTTP request without a user sees nothing
            return inHttpRequest ? new View(null, false, Set.of()) : new View(null, true, null);
        }
        AuthenticatedUser u = user.get();
        if (u.headAdmin()) {
            return new View(u.id(), true, null);
        }
        return new View(u.id(), false, Set.copyOf(grants.nocIdsOf(u.id())));
    }

    /** What one request may see; {@code visible} of an unrestricted view is loaded on first use. */
    private static final class View {
        private final Long userId;
        private final boolean unrestricted;
        private Set<Long> visible;

        View(Long userId, boolean unrestricted, Set<Long> visible) {
            this.userId = userId;
            this.unrestricted = unrestricted;
            this.visible = visible;
        }

        boolean belongsTo(Long otherUserId) {
            return Objects.equals(userId, otherUserId);
        }
    }
}
