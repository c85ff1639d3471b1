package io.nocvault.test;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import io.nocvault.identity.internal.JwtService;
import io.nocvault.identity.internal.NewUser;
import io.nocvault.identity.internal.UserAuthentication;
import io.nocvault.identity.internal.UserChanges;
import io.nocvault.identity.internal.UserManagement;
import io.nocvault.identity.internal.UserRecord;
import io.nocvault.identity.internal.UserStatus;
import io.nocvault.identity.internal.UserStore;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Users for tests of any module, in the test's application context: {@code new TestUsers(context).create(Role.ADMIN)}
 * makes an active user with a unique username (tests share one database per context), then
 * {@link #bearer} gives an {@code Authorization} header value for the API and {@link #session} a MockMvc
 * post-processor for UI requests. Both act exactly like a real login ({@code CurrentUsers} sees the user).
 */
public final class TestUsers {

    /** The password of every user made here. */
    public static final String PASSWORD = "Test-Password-1";

    /** Acts as the creator: user creation needs a head admin. */
    private static final AuthenticatedUser CREATOR = new AuthenticatedUser(0, "test-setup", Role.HEAD_ADMIN);

    private final UserManagement management;
    private final UserStore store;
    private final JwtService jwts;

    public TestUsers(ApplicationContext context) {
        this.management = context.getBean(UserManagement.class);
        this.store = context.getBean(UserStore.class);
        this.jwts = context.getBean(JwtService.class);
    }

    /** An active user of this role that need not change its password. */
    public TestUser create(Role role) {
        return create(role, role.name().toLowerCase(Locale.ROOT));
    }

    /** Like {@link #create(Role)} with a recognisable username prefix. */
    public TestUser create(Role role, String prefix) {
        String username = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
        UserRecord user = management.create(
                CREATOR,
                new NewUser(
                        username,
                        username + "@test.local",
                        "Test " + prefix,
                        role,
                        UserStatus.ACTIVE,
                        PASSWORD,
                        false));
        return new TestUser(user.id(), user.username(), PASSWORD, role);
    }

    /** {@code "Bearer <jwt>"} for the user, as {@code POST /api/v1/auth/login} would give. */
    public String bearer(TestUser user) {
        return "Bearer " + jwts.issue(record(user)).token();
    }

    /** A logged-in browser session for MockMvc: {@code mvc.perform(get("/x").with(users.session(u)))}. */
    public RequestPostProcessor session(TestUser user) {
        return authentication(UserAuthentication.session(record(user)));
    }

    public void suspend(TestUser user) {
        management.update(CREATOR, user.id(), new UserChanges(null, null, null, UserStatus.SUSPENDED, null, null));
    }

    public UserRecord record(TestUser user) {
        return store.find(user.id()).orElseThrow();
    }
}
