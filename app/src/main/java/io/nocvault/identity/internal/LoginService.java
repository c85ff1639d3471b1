package io.nocvault.identity.internal;

import io.nocvault.common.Origin;
import io.nocvault.identity.LoginFailureReason;
import io.nocvault.identity.UserLocked;
import io.nocvault.identity.UserLoggedIn;
import io.nocvault.identity.UserLoginFailed;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a username and password for the UI and the API alike: counts consecutive failures, locks an account
 * after too many, lifts expired locks, refuses suspended accounts, records the last login and publishes an event
 * for every attempt. Unknown usernames and wrong passwords look the same from outside.
 */
@Service
public class LoginService {

    static final int MAX_USERNAME = 64;

    private final UserStore users;
    private final Passwords passwords;
    private final UnknownUserThrottle unknownUsers;
    private final IdentityProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LoginService(
            UserStore users,
            Passwords passwords,
            UnknownUserThrottle unknownUsers,
            IdentityProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.unknownUsers = unknownUsers;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * One login attempt.
     *
     * @param channel {@code ui} or {@code api}, for the audit log
     */
    @Transactional
    public LoginResult login(String rawUsername, String password, String channel) {
        Instant now = clock.instant();
        String username = normalize(rawUsername);
        if (username.isEmpty() || username.length() > MAX_USERNAME || password == null || password.isEmpty()) {
            return fail(cut(username), LoginFailureReason.INVALID_INPUT, channel);
        }
        Optional<UserRecord> found = users.findByUsername(username);
        if (found.isEmpty()) {
            return unknownUser(username, password, channel, now);
        }
        UserRecord user = found.get();
        if (user.locked(now)) {
            passwords.matchNothing(password);
            return fail(username, LoginFailureReason.LOCKED, channel);
        }
        if (user.lockedUntil() != null) {
            users.clearFailures(user.id());
        }
        String hash = users.passwordHash(user.id()).orElse(null);
        if (!passwords.matches(password, hash)) {
            return badPassword(user, channel, now);
        }
        if (!user.active()) {
            return fail(username, LoginFailureReason.SUSPENDED, channel);
        }
        Origin origin = Origin.current().as(username);
        users.recordLogin(user.id(), now, origin.ip());
        events.publishEvent(new UserLoggedIn(origin, user.id(), username, channel));
        return new LoginResult.Success(users.find(user.id()).orElseThrow());
    }

    /** Usernames are case-insensitive: stored and compared in lower case, without surrounding spaces. */
    public static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    static Instant lockEnd(IdentityProperties.Lockout policy, Instant now) {
        return policy.manualUnlockOnly() ? UserRecord.UNTIL_UNLOCKED : now.plus(policy.duration());
    }

    private LoginResult unknownUser(String username, String password, String channel, Instant now) {
        passwords.matchNothing(password);
        if (unknownUsers.locked(username, now)) {
            return fail(username, LoginFailureReason.LOCKED, channel);
        }
        boolean nowLocked = unknownUsers.recordFailure(username, properties.lockout(), now);
        fail(username, LoginFailureReason.UNKNOWN_USER, channel);
        return new LoginResult.Failure(nowLocked ? LoginFailureReason.LOCKED : LoginFailureReason.UNKNOWN_USER);
    }

    private LoginResult badPassword(UserRecord user, String channel, Instant now) {
        int failures = users.recordFailure(user.id());
        fail(user.username(), LoginFailureReason.BAD_PASSWORD, channel);
        IdentityProperties.Lockout policy = properties.lockout();
        if (failures < policy.maxAttempts()) {
            return new LoginResult.Failure(LoginFailureReason.BAD_PASSWORD);
        }
        Instant until = lockEnd(policy, now);
        users.lock(user.id(), until);
        Instant shownUntil = policy.manualUnlockOnly() ? null : until;
        events.publishEvent(
                new UserLocked(Origin.current().as(user.username()), user.id(), user.username(), failures, shownUntil));
        return new LoginResult.Failure(LoginFailureReason.LOCKED);
    }

    private LoginResult fail(String username, LoginFailureReason reason, String channel) {
        events.publishEvent(new UserLoginFailed(Origin.current().as(username), username, reason, channel));
        return new LoginResult.Failure(reason);
    }

    private static String cut(String username) {
        return username.length() <= MAX_USERNAME ? username : username.substring(0, MAX_USERNAME) + "…";
    }
}
