package io.nocvault.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nocvault.common.ConflictException;
import io.nocvault.common.Paging;
import io.nocvault.identity.PasswordChanged;
import io.nocvault.identity.Role;
import io.nocvault.identity.UserCreated;
import io.nocvault.identity.UserDeleted;
import io.nocvault.identity.UserUpdated;
import org.junit.jupiter.api.Test;

class UserManagementTest {

    static final String PASSWORD = "Some-Password-1";

    final IdentityFixture fixture = new IdentityFixture();
    final UserManagement management = fixture.management();

    @Test
    void theLastActiveHeadAdminCanNeitherDemoteNorSuspendHimself() {
        UserRecord head = fixture.insert("boss", Role.HEAD_ADMIN, UserStatus.ACTIVE, PASSWORD);

        assertThatThrownBy(() -> management.update(head.principal(), head.id(), changes(Role.ADMIN, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessage(UserManagement.LAST_HEAD_ADMIN);
        assertThatThrownBy(() -> management.update(head.principal(), head.id(), changes(null, UserStatus.SUSPENDED)))
                .isInstanceOf(ConflictException.class);

        fixture.insert("second", Role.HEAD_ADMIN, UserStatus.ACTIVE, PASSWORD);
        UserRecord demoted = management.update(head.principal(), head.id(), changes(Role.ADMIN, null));
        assertThat(demoted.role()).isEqualTo(Role.ADMIN);
        assertThat(fixture.events(UserUpdated.class)).singleElement().satisfies(e -> {
            assertThat(e.changes()).containsExactly("role: HEAD_ADMIN → ADMIN");
            assertThat(e.role()).isEqualTo(Role.ADMIN);
        });
    }

    @Test
    void headAdminsCannotBeDeletedEvenByHeadAdmins() {
        UserRecord head = fixture.insert("boss", Role.HEAD_ADMIN, UserStatus.ACTIVE, PASSWORD);
        UserRecord other = fixture.insert("other", Role.HEAD_ADMIN, UserStatus.ACTIVE, PASSWORD);

        assertThatThrownBy(() -> management.delete(head.principal(), other.id()))
                .isInstanceOf(ForbiddenOperationException.class);
        assertThatThrownBy(() -> management.delete(head.principal(), head.id()))
                .isInstanceOf(ForbiddenOperationException.class);
        assertThat(fixture.users.find(other.id())).isPresent();
    }

    @Test
    void creationNormalisesAndChecksTheUsernameAndPassword() {
        UserRecord head = fixture.insert("boss", Role.HEAD_ADMIN, UserStatus.ACTIVE, PASSWORD);

        UserRecord created = management.create(head.principal(), newUser(" Mixed.Case ", PASSWORD));
        assertThat(created.username()).isEqualTo("mixed.case");
        assertThat(fixture.events(UserCreated.class))
                .singleElement()
                .satisfies(e -> assertThat(e.role()).isEqualTo(Role.VIEWER));

        assertThatThrownBy(() -> management.create(head.principal(), newUser("MIXED.case", PASSWORD)))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).field()).isEqualTo("username"));
        assertThatThrownBy(() -> management.create(head.principal(), newUser("x'; drop table users;--", PASSWORD)))
                .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> management.create(head.principal(), newUser("shorty", "short")))
                .isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("password"));
    }

    @Test
    void settingAPasswordForSomeoneElseForcesAChangeByDefault() {
        UserRecord head = fixture.insert("boss", Role.HEAD_ADMIN, UserStatus.ACTIVE, PASSWORD);
        UserRecord user = fixture.insert("worker", Role.OPERATOR, UserStatus.ACTIVE, PASSWORD);

        management.update(
                head.principal(), user.id(), new UserChanges(null, null, null, null, "Brand-New-Pass-1", null));

        assertThat(fixture.users.find(user.id()).orElseThrow().passwordChangeRequired())
                .isTrue();
        assertThat(fixture.events(PasswordChanged.class))
                .singleElement()
                .satisfies(e -> assertThat(e.byAdministrator()).isTrue());
        assertThatThrownBy(() -> management.update(
                        head.principal(), head.id(), new UserChanges(null, null, null, null, "Brand-New-Pass-1", null)))
                .isInstanceOf(ForbiddenOperationException.class);
    }

    @Test
    void adminsManageOperatorsAndViewersOnly() {
        UserRecord admin = fixture.insert("admin", Role.ADMIN, UserStatus.ACTIVE, PASSWORD);
        UserRecord otherAdmin = fixture.insert("admin2", Role.ADMIN, UserStatus.ACTIVE, PASSWORD);
        UserRecord operator = fixture.insert("op", Role.OPERATOR, UserStatus.ACTIVE, PASSWORD);

        UserRecord renamed = management.update(
                admin.principal(),
                operator.id(),
                new UserChanges("new@test.local", "New Name", null, null, null, null));
        assertThat(renamed.email()).isEqualTo("new@test.local");
        assertThatThrownBy(() -> management.update(admin.principal(), operator.id(), changes(Role.ADMIN, null)))
                .isInstanceOf(ForbiddenOperationException.class);
        assertThatThrownBy(() -> management.update(
                        admin.principal(),
                        otherAdmin.id(),
                        new UserChanges("x@test.local", null, null, null, null, null)))
                .isInstanceOf(ForbiddenOperationException.class);
        assertThatThrownBy(() -> management.delete(admin.principal(), otherAdmin.id()))
                .isInstanceOf(ForbiddenOperationException.class);
        assertThatThrownBy(() -> management.create(
                        admin.principal(),
                        new NewUser("parked", "p@test.local", "P", Role.VIEWER, UserStatus.SUSPENDED, PASSWORD, false)))
                .isInstanceOf(ForbiddenOperationException.class);

        management.delete(admin.principal(), operator.id());
        assertThat(fixture.users.find(operator.id())).isEmpty();
        assertThat(fixture.events(UserDeleted.class))
                .singleElement()
                .satisfies(e -> assertThat(e.username()).isEqualTo("op"));
    }

    @Test
    void operatorsManageNobody() {
        UserRecord operator = fixture.insert("op", Role.OPERATOR, UserStatus.ACTIVE, PASSWORD);
        assertThatThrownBy(() -> management.list(operator.principal(), UserFilter.ALL, Paging.of(null, null)))
                .isInstanceOf(ForbiddenOperationException.class);
        assertThatThrownBy(() -> management.create(operator.principal(), newUser("someone", PASSWORD)))
                .isInstanceOf(ForbiddenOperationException.class);
    }

    @Test
    void theListFiltersAndPages() {
        UserRecord head = fixture.insert("boss", Role.HEAD_ADMIN, UserStatus.ACTIVE, PASSWORD);
        for (int i = 0; i < 5; i++) {
            fixture.insert("viewer_" + i, Role.VIEWER, UserStatus.ACTIVE, PASSWORD);
        }
        fixture.insert("odd%name", Role.OPERATOR, UserStatus.SUSPENDED, PASSWORD);

        var page = management.list(head.principal(), UserFilter.of("VIEWER_", null, null), new Paging(2, 2));
        assertThat(page.count()).isEqualTo(5);
        assertThat(page.users()).extracting(UserRecord::username).containsExactly("viewer_2", "viewer_3");
        assertThat(management
                        .list(head.principal(), UserFilter.of("%", null, null), new Paging(10, 0))
                        .count())
                .isEqualTo(1);
        assertThat(management
                        .list(head.principal(), UserFilter.of(null, "operator", "suspended"), new Paging(10, 0))
                        .count())
                .isEqualTo(1);
    }

    private static UserChanges changes(Role role, UserStatus status) {
        return new UserChanges(null, null, role, status, null, null);
    }

    private static NewUser newUser(String username, String password) {
        return new NewUser(username, "n@test.local", "New", Role.VIEWER, UserStatus.ACTIVE, password, false);
    }
}
