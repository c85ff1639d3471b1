package io.nocvault.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The user-management matrix: who may do what to whom. */
class UserPolicyTest {

    @ParameterizedTest(name = "{0} creates {1}: {2}")
    @CsvSource({
        "HEAD_ADMIN, HEAD_ADMIN, true",
        "HEAD_ADMIN, ADMIN, true",
        "HEAD_ADMIN, OPERATOR, true",
        "HEAD_ADMIN, VIEWER, true",
        "ADMIN, HEAD_ADMIN, false",
        "ADMIN, ADMIN, false",
        "ADMIN, OPERATOR, true",
        "ADMIN, VIEWER, true",
        "OPERATOR, VIEWER, false",
        "VIEWER, VIEWER, false"
    })
    void create(Role actor, Role role, boolean allowed) {
        assertThat(UserPolicy.canCreate(actor(1, actor), role)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} deletes {1}: {2}")
    @CsvSource({
        "HEAD_ADMIN, HEAD_ADMIN, false",
        "HEAD_ADMIN, ADMIN, true",
        "HEAD_ADMIN, OPERATOR, true",
        "HEAD_ADMIN, VIEWER, true",
        "ADMIN, HEAD_ADMIN, false",
        "ADMIN, ADMIN, false",
        "ADMIN, OPERATOR, true",
        "ADMIN, VIEWER, true",
        "OPERATOR, VIEWER, false",
        "OPERATOR, OPERATOR, false",
        "VIEWER, VIEWER, false"
    })
    void delete(Role actor, Role target, boolean allowed) {
        assertThat(UserPolicy.canDelete(actor(1, actor), target(2, target))).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} edits and unlocks {1}: {2}")
    @CsvSource({
        "HEAD_ADMIN, HEAD_ADMIN, true",
        "HEAD_ADMIN, ADMIN, true",
        "HEAD_ADMIN, VIEWER, true",
        "ADMIN, HEAD_ADMIN, false",
        "ADMIN, ADMIN, false",
        "ADMIN, OPERATOR, true",
        "ADMIN, VIEWER, true",
        "OPERATOR, VIEWER, false",
        "VIEWER, OPERATOR, false"
    })
    void editAndUnlock(Role actor, Role target, boolean allowed) {
        assertThat(UserPolicy.canEditProfile(actor(1, actor), target(2, target)))
                .isEqualTo(allowed);
        assertThat(UserPolicy.canUnlock(actor(1, actor), target(2, target))).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} changes roles and status: {1}")
    @CsvSource({"HEAD_ADMIN, true", "ADMIN, false", "OPERATOR, false", "VIEWER, false"})
    void roleAndStatus(Role actor, boolean allowed) {
        assertThat(UserPolicy.canChangeRoleAndStatus(actor(1, actor))).isEqualTo(allowed);
        assertThat(UserPolicy.canManageUsers(actor(1, actor))).isEqualTo(actor.atLeast(Role.ADMIN));
    }

    @ParameterizedTest(name = "nobody deletes himself: {0}")
    @CsvSource({"HEAD_ADMIN", "ADMIN", "OPERATOR", "VIEWER"})
    void noSelfDeletion(Role role) {
        assertThat(UserPolicy.canDelete(actor(7, role), target(7, role))).isFalse();
    }

    @ParameterizedTest(name = "{0} sets another {1}''s password: {2}")
    @CsvSource({"HEAD_ADMIN, VIEWER, true", "HEAD_ADMIN, HEAD_ADMIN, true", "ADMIN, VIEWER, false"})
    void setPassword(Role actor, Role target, boolean allowed) {
        assertThat(UserPolicy.canSetPassword(actor(1, actor), target(2, target)))
                .isEqualTo(allowed);
        assertThat(UserPolicy.canSetPassword(actor(1, actor), target(1, actor))).isFalse();
    }

    private static AuthenticatedUser actor(long id, Role role) {
        return new AuthenticatedUser(id, "actor", role);
    }

    private static UserRecord target(long id, Role role) {
        return new UserRecord(
                id,
                "target",
                "t@test.local",
                "Target",
                role,
                UserStatus.ACTIVE,
                false,
                Instant.EPOCH,
                null,
                null,
                0,
                null,
                new UserRecord.Preferences("light", false, false));
    }
}
