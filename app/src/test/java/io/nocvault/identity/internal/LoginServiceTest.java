package io.nocvault.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.nocvault.identity.LoginFailureReason;
import io.nocvault.identity.Role;
import io.nocvault.identity.UserLocked;
import io.nocvault.identity.UserLoggedIn;
import io.nocvault.identity.UserLoginFailed;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginServiceTest {

    static final String PASSWORD = "Right-Password-1";

    final IdentityFixture fixture = new IdentityFixture();
    final LoginService logins =
            fixture.loginService(IdentityFixture.properties(5, Duration.ofMinutes(15), Duration.ofHours(1)));

    @Test
    void successRecordsTheLoginAndForgetsEarlierFailures() {
        UserRecord user = fixture.insert("alice", Role.OPERATOR, UserStatus.ACTIVE, PASSWORD);
        logins.login("alice", "wrong-password", "ui");

        LoginResult result = logins.login(" Alice ", PASSWORD, "ui");

        assertThat(result).isInstanceOf(LoginResult.Success.class);
        UserRecord after = fixture.users.find(user.id()).orElseThrow();
        assertThat(after.failedAttempts()).isZero();
        assertThat(after.lastLoginAt()).isNotNull();
        assertThat(fixture.events(UserLoggedIn.class)).singleElement().satisfies(e -> {
            assertThat(e.username()).isEqualTo("alice");
            assertThat(e.origin().actor()).isEqualTo("alice");
        });
    }

    @Test
    void fiveConsecutiveFailuresLockUntilTheConfiguredTimeHasPassed() {
        UserRecord user = fixture.insert("bob", Role.VIEWER, UserStatus.ACTIVE, PASSWORD);
        for (int i = 1; i <= 4; i++) {
            assertThat(reason(logins.login("bob", "wrong-" + i, "ui"))).isEqualTo(LoginFailureReason.BAD_PASSWORD);
        }
        assertThat(reason(logins.login("bob", "wrong-5", "ui"))).isEqualTo(LoginFailureReason.LOCKED);
        assertThat(reason(logins.login("bob", PASSWORD, "ui"))).isEqualTo(LoginFailureReason.LOCKED);
        assertThat(fixture.events(UserLocked.class)).singleElement().satisfies(e -> {
            assertThat(e.failedAttempts()).isEqualTo(5);
            assertThat(e.until()).isNotNull();
        });

        fixture.clock.advance(Duration.ofMinutes(14));
        assertThat(reason(logins.login("bob", PASSWORD, "ui"))).isEqualTo(LoginFailureReason.LOCKED);

        fixture.clock.advance(Duration.ofMinutes(2));
        assertThat(logins.login("bob", PASSWORD, "ui")).isInstanceOf(LoginResult.Success.class);
        assertThat(fixture.users.find(user.id()).orElseThrow().lockedUntil()).isNull();
    }

    @Test
    void anExpiredLockStartsTheCountAfresh() {
        fixture.insert("carol", Role.VIEWER, UserStatus.ACTIVE, PASSWORD);
        for (int i = 0; i < 5; i++) {
            logins.login("carol", "wrong-" + i, "api");
        }
        fixture.clock.advance(Duration.ofMinutes(16));

        assertThat(reason(logins.login("carol", "wrong-again", "api"))).isEqualTo(LoginFailureReason.BAD_PASSWORD);
        assertThat(fixture.users.findByUsername("carol").orElseThrow().failedAttempts())
                .isEqualTo(1);
    }

    @Test
    void aZeroDurationLocksUntilAnAdministratorUnlocks() {
        LoginService strict = fixture.loginService(IdentityFixture.properties(3, Duration.ZERO, Duration.ofHours(1)));
        UserRecord user = fixture.insert("dave", Role.VIEWER, UserStatus.ACTIVE, PASSWORD);
        for (int i = 0; i < 3; i++) {
            strict.login("dave", "wrong-" + i, "ui");
        }
        fixture.clock.advance(Duration.ofDays(365));
        assertThat(reason(strict.login("dave", PASSWORD, "ui"))).isEqualTo(LoginFailureReason.LOCKED);
        assertThat(fixture.users.find(user.id()).orElseThrow().lockExpiry(fixture.clock.instant()))
                .isNull();

        fixture.users.clearFailures(user.id());
        assertThat(strict.login("dave", PASSWORD, "ui")).isInstanceOf(LoginResult.Success.class);
    }

    @Test
    void unknownUsersLookLikeWrongPasswordsAndLockTheSameWay() {
        fixture.insert("erin", Role.VIEWER, UserStatus.ACTIVE, PASSWORD);
        LoginResult.Failure unknown = (LoginResult.Failure) logins.login("ghost", "whatever-1", "ui");
        LoginResult.Failure wrong = (LoginResult.Failure) logins.login("erin", "whatever-1", "ui");
        assertThat(unknown.message()).isEqualTo(wrong.message()).isEqualTo(LoginResult.Failure.INVALID_MESSAGE);

        for (int i = 2; i <= 4; i++) {
            logins.login("ghost", "whatever-" + i, "ui");
        }
        assertThat(((LoginResult.Failure) logins.login("ghost", "whatever-5", "ui")).message())
                .isEqualTo(LoginResult.Failure.LOCKED_MESSAGE);
        assertThat(fixture.events(UserLoginFailed.class))
                .filteredOn(e -> e.username().equals("ghost"))
                .extracting(UserLoginFailed::reason)
                .containsOnly(LoginFailureReason.UNKNOWN_USER);
    }

    @Test
    void suspendedUsersAreToldSoOnlyAfterTheRightPassword() {
        fixture.insert("frank", Role.OPERATOR, UserStatus.SUSPENDED, PASSWORD);
        assertThat(((LoginResult.Failure) logins.login("frank", "wrong-password", "ui")).message())
                .isEqualTo(LoginResult.Failure.INVALID_MESSAGE);
        assertThat(((LoginResult.Failure) logins.login("frank", PASSWORD, "ui")).message())
                .isEqualTo(LoginResult.Failure.SUSPENDED_MESSAGE);
        assertThat(fixture.events(UserLoggedIn.class)).isEmpty();
    }

    @Test
    void absurdInputIsRefusedWithoutTouchingAccounts() {
        UserRecord user = fixture.insert("gina", Role.VIEWER, UserStatus.ACTIVE, PASSWORD);
        String huge = "x".repeat(1024 * 1024);

        assertThat(reason(logins.login(huge, PASSWORD, "api"))).isEqualTo(LoginFailureReason.INVALID_INPUT);
        assertThat(reason(logins.login("", PASSWORD, "api"))).isEqualTo(LoginFailureReason.INVALID_INPUT);
        assertThat(reason(logins.login("gina", null, "api"))).isEqualTo(LoginFailureReason.INVALID_INPUT);
        assertThat(reason(logins.login("gina", huge, "api"))).isEqualTo(LoginFailureReason.BAD_PASSWORD);
        assertThat(fixture.events(UserLoginFailed.class))
                .allSatisfy(e -> assertThat(e.username().length()).isLessThanOrEqualTo(65));
        assertThat(fixture.users.find(user.id()).orElseThrow().failedAttempts()).isEqualTo(1);
    }

    private static LoginFailureReason reason(LoginResult result) {
        return result instanceof LoginResult.Failure failure ? failure.reason() : null;
    }
}
