package io.nocvault.identity.internal;

import io.nocvault.common.Origin;
import io.nocvault.identity.Role;
import io.nocvault.identity.UserCreated;
import java.time.Clock;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the very first start (no user at all) creates the head admin {@value #USERNAME}. Its password is
 * {@code NOCVAULT_ADMIN_PASSWORD} (or {@code nocvault.admin.initial-password}) when set, otherwise a random one
 * printed once to the log. Either way the first login asks for a new password. There is no default password.
 */
@Component
class HeadAdminBootstrap implements ApplicationRunner {

    static final String USERNAME = "head_admin";
    private static final Logger log = LoggerFactory.getLogger(HeadAdminBootstrap.class);

    private final UserStore users;
    private final Passwords passwords;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String initialPassword;

    HeadAdminBootstrap(
            UserStore users,
            Passwords passwords,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${NOCVAULT_ADMIN_PASSWORD:${nocvault.admin.initial-password:}}") String initialPassword) {
        this.users = users;
        this.passwords = passwords;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.initialPassword = initialPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        boolean random = initialPassword == null || initialPassword.isBlank();
        if (!random && Passwords.problem(initialPassword).isPresent()) {
            throw new IllegalStateException("NOCVAULT_ADMIN_PASSWORD is not acceptable: "
                    + Passwords.problem(initialPassword).get().toLowerCase(Locale.ROOT));
        }
        String password = random ? Passwords.random(20) : initialPassword;
        try {
            transactions.executeWithoutResult(status -> create(password));
        } catch (DuplicateKeyException e) {
            log.info("Another node created the head admin first");
            return;
        }
        if (random) {
            announce(password);
        } else {
            log.info("Created the head admin '{}' with the password from NOCVAULT_ADMIN_PASSWORD", USERNAME);
        }
    }

    private void create(String password) {
        NewUser admin = new NewUser(
                USERNAME, "head_admin@localhost", "Head admin", Role.HEAD_ADMIN, UserStatus.ACTIVE, password, true);
        long id = users.insert(admin, passwords.hash(password), clock.instant());
        events.publishEvent(new UserCreated(Origin.system(), id, USERNAME, Role.HEAD_ADMIN));
    }

    /** The one place a password is ever logged: the random first password, which nobody could know otherwise. */
    private static void announce(String password) {
        String line = "=".repeat(72);
        log.warn(
                "\n{}\n  NocVault first start: created the head admin.\n\n    username: {}\n    password: {}\n\n"
                        + "  This password is shown only this once. Log in and set a new one now.\n"
                        + "  (Set NOCVAULT_ADMIN_PASSWORD before the first start to choose it yourself.)\n{}",
                line,
                USERNAME,
                password,
                line);
    }
}
