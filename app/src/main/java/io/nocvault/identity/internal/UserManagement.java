package io.nocvault.identity.internal;

import io.nocvault.common.ConflictException;
import io.nocvault.common.NotFoundException;
import io.nocvault.common.Origin;
import io.nocvault.common.Paging;
import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.PasswordChanged;
import io.nocvault.identity.Role;
import io.nocvault.identity.UserCreated;
import io.nocvault.identity.UserDeleted;
import io.nocvault.identity.UserUnlocked;
import io.nocvault.identity.UserUpdated;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User management by administrators, under the rules of {@link UserPolicy}; every change is an event. */
@Service
public class UserManagement {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,63}");
    static final String LAST_HEAD_ADMIN = "NocVault needs at least one active head admin";

    private final UserStore users;
    private final Passwords passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserManagement(UserStore users, Passwords passwords, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    /** A page of users and the total count. */
    public UserPage list(AuthenticatedUser actor, UserFilter filter, Paging paging) {
        requireManager(actor);
        return new UserPage(users.count(filter), users.list(filter, paging));
    }

    public UserRecord get(AuthenticatedUser actor, long id) {
        requireManager(actor);
        return users.find(id).orElseThrow(() -> new NotFoundException("User", id));
    }

    @Transactional
    public UserRecord create(AuthenticatedUser actor, NewUser user) {
        requireManager(actor);
        if (!UserPolicy.canCreate(actor, user.role())) {
            throw new ForbiddenOperationException("Admins add operators and viewers only");
        }
        if (user.status() == UserStatus.SUSPENDED && !UserPolicy.canChangeRoleAndStatus(actor)) {
            throw new ForbiddenOperationException("Only a head admin adds suspended users");
        }
        String username = LoginService.normalize(user.username());
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidFieldException(
                    "username", "Use 1 to 64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit");
        }
        requireProfile(user.email(), user.fullName());
        Passwords.problem(user.password()).ifPresent(problem -> {
            throw new InvalidFieldException("password", problem);
        });
        if (users.findByUsername(username).isPresent()) {
            throw new ConflictException("username", "This username is taken");
        }
        NewUser clean = new NewUser(
                username,
                user.email().strip(),
                user.fullName().strip(),
                user.role(),
                user.status() == null ? UserStatus.ACTIVE : user.status(),
                user.password(),
                user.passwordChangeRequired());
        long id = users.insert(clean, passwords.hash(user.password()), clock.instant());
        events.publishEvent(new UserCreated(Origin.current(), id, username, user.role()));
        return users.find(id).orElseThrow();
    }

    @Transactional
    public UserRecord update(AuthenticatedUser actor, long id, UserChanges changes) {
        UserRecord target = get(actor, id);
        String email =
                changes.email() == null ? target.email() : changes.email().strip();
        String fullName = changes.fullName() == null
                ? target.fullName()
                : changes.fullName().strip();
        Role role = Objects.requireNonNullElse(changes.role(), target.role());
        UserStatus status = Objects.requireNonNullElse(changes.status(), target.status());
        List<String> changed = new ArrayList<>();
        if (!email.equals(target.email()) || !fullName.equals(target.fullName())) {
            if (!UserPolicy.canEditProfile(actor, target)) {
                throw new ForbiddenOperationException("Admins edit operators and viewers only");
            }
            requireProfile(email, fullName);
            addIf(changed, !email.equals(target.email()), "email");
            addIf(changed, !fullName.equals(target.fullName()), "full name");
        }
        if (role != target.role() || status != target.status()) {
            requireRoleAndStatusChange(actor, target, role, status);
            addIf(changed, role != target.role(), "role: " + target.role() + " → " + role);
            addIf(changed, status != target.status(), "status: " + target.status() + " → " + status);
        }
        users.updateDetails(id, email, fullName, role, status);
        if (changes.password() != null && !changes.password().isEmpty()) {
            setPassword(actor, target, changes);
            changed.add("password set");
        }
        if (!changed.isEmpty()) {
            events.publishEvent(new UserUpdated(
                    Origin.current(), id, target.username(), role, status == UserStatus.ACTIVE, changed));
        }
        return users.find(id).orElseThrow();
    }

    @Transactional
    public void delete(AuthenticatedUser actor, long id) {
        UserRecord target = get(actor, id);
        if (target.role() == Role.HEAD_ADMIN) {
            throw new ForbiddenOperationException("A head admin cannot be deleted from NocVault");
        }
        if (target.id() == actor.id()) {
            throw new ForbiddenOperationException("You cannot delete yourself");
        }
        if (!UserPolicy.canDelete(actor, target)) {
            throw new ForbiddenOperationException("Admins delete operators and viewers only");
        }
        users.delete(id);
        events.publishEvent(new UserDeleted(Origin.current(), id, target.username()));
    }

    @Transactional
    public UserRecord unlock(AuthenticatedUser actor, long id) {
        UserRecord target = get(actor, id);
        if (!UserPolicy.canUnlock(actor, target)) {
            throw new ForbiddenOperationException("Admins unlock operators and viewers only");
        }
        users.clearFailures(id);
        events.publishEvent(new UserUnlocked(Origin.current(), id, target.username()));
        return users.find(id).orElseThrow();
    }

    private void requireRoleAndStatusChange(AuthenticatedUser actor, UserRecord target, Role role, UserStatus status) {
        if (!UserPolicy.canChangeRoleAndStatus(actor)) {
            throw new ForbiddenOperationException("Only a head admin changes roles and suspends or activates users");
        }
        boolean wasActiveHead = target.role() == Role.HEAD_ADMIN && target.active();
        boolean staysActiveHead = role == Role.HEAD_ADMIN && status == UserStatus.ACTIVE;
        if (wasActiveHead && !staysActiveHead && users.countActiveHeadAdmins() <= 1) {
            throw new ConflictException(role != Role.HEAD_ADMIN ? "role" : "status", LAST_HEAD_ADMIN);
        }
    }

    private void setPassword(AuthenticatedUser actor, UserRecord target, UserChanges changes) {
        if (!UserPolicy.canSetPassword(actor, target)) {
            throw new ForbiddenOperationException(
                    "Only a head admin sets another user's password; change your own on your account page");
        }
        Passwords.problem(changes.password()).ifPresent(problem -> {
            throw new InvalidFieldException("password", problem);
        });
        boolean mustChange = !Boolean.FALSE.equals(changes.passwordChangeRequired());
        users.updatePassword(target.id(), passwords.hash(changes.password()), mustChange);
        events.publishEvent(new PasswordChanged(Origin.current(), target.id(), target.username(), true));
    }

    private static void requireManager(AuthenticatedUser actor) {
        if (!UserPolicy.canManageUsers(actor)) {
            throw new ForbiddenOperationException("Only admins manage users");
        }
    }

    private static void requireProfile(String email, String fullName) {
        if (email == null || email.isBlank() || email.strip().length() > 254) {
            throw new InvalidFieldException("email", "Give an e-mail address of at most 254 characters");
        }
        if (fullName == null || fullName.isBlank() || fullName.strip().length() > 200) {
            throw new InvalidFieldException("fullName", "Give a full name of at most 200 characters");
        }
    }

    private static void addIf(List<String> list, boolean condition, String item) {
        if (condition) {
            list.add(item);
        }
    }

    /** One page of the user list. */
    public record UserPage(long count, List<UserRecord> users) {}
}
