package io.nocvault.identity.internal;

import io.nocvault.common.NotFoundException;
import io.nocvault.common.Origin;
import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.PasswordChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What users do to their own account: read the profile, change the password, keep UI preferences. */
@Service
public class AccountService {

    private final UserStore users;
    private final Passwords passwords;
    private final ApplicationEventPublisher events;

    AccountService(UserStore users, Passwords passwords, ApplicationEventPublisher events) {
        this.users = users;
        this.passwords = passwords;
        this.events = events;
    }

    public UserRecord profile(AuthenticatedUser user) {
        return users.find(user.id()).orElseThrow(() -> new NotFoundException("User", user.id()));
    }

    /**
     * Changes the caller's password after checking the current one; clears a pending forced change.
     *
     * @throws InvalidFieldException for a wrong current password or an unacceptable new one
     */
    @Transactional
    public void changePassword(AuthenticatedUser user, String currentPassword, String newPassword) {
        String hash = users.passwordHash(user.id()).orElseThrow(() -> new NotFoundException("User", user.id()));
        if (!passwords.matches(currentPassword, hash)) {
            throw new InvalidFieldException("currentPassword", "The current password is not correct");
        }
        Passwords.problem(newPassword).ifPresent(problem -> {
            throw new InvalidFieldException("newPassword", problem);
        });
        if (newPassword.equals(currentPassword)) {
            throw new InvalidFieldException("newPassword", "Choose a password different from the current one");
        }
        users.updatePassword(user.id(), passwords.hash(newPassword), false);
        events.publishEvent(new PasswordChanged(Origin.current(), user.id(), user.username(), false));
    }

    public void savePreferences(AuthenticatedUser user, UserRecord.Preferences preferences) {
        users.savePreferences(user.id(), preferences);
    }

    public void setSidebarHidden(AuthenticatedUser user, boolean hidden) {
        users.saveSidebarHidden(user.id(), hidden);
    }
}
