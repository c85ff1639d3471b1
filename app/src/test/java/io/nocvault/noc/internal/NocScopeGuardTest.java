package io.nocvault.noc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nocvault.common.NotFoundException;
import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import io.nocvault.noc.NocDirectory;
import io.nocvault.noc.NocScope;
import io.nocvault.noc.NocSummary;
import io.nocvault.test.NocVaultWebTest;
import io.nocvault.test.TestNocs;
import io.nocvault.test.TestPrincipals;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The scope below the web layer: the entity guard refuses a direct {@code findById} of another NOC's entity,
 * background threads are unrestricted, anonymous requests see nothing, grants are read once per request.
 */
@NocVaultWebTest
class NocScopeGuardTest {

    @Autowired
    NocRepository repository;

    @Autowired
    NocScope scope;

    @Autowired
    NocDirectory directory;

    @Autowired
    JdbcClient jdbc;

    TestNocs nocs;
    AuthenticatedUser userOfA;
    long nocA;
    long nocB;

    @BeforeEach
    void setUp() {
        nocs = new TestNocs(jdbc);
        nocA = nocs.create("A");
        nocB = nocs.create("B");
        userOfA = new TestPrincipals(jdbc).create(Role.OPERATOR);
        nocs.grant(userOfA.id(), nocA);
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void findByIdOfAnotherNocsEntityIsNotFound() {
        assertThat(TestPrincipals.runAs(userOfA, () -> repository.findById(nocA)))
                .map(Noc::getName)
                .contains(nocs.name(nocA));
        assertThatThrownBy(() -> TestPrincipals.runAs(userOfA, () -> repository.findById(nocB)))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("NOC " + nocB + " not found");
    }

    @Test
    void anUnscopedListFailsClosed() {
        assertThatThrownBy(() -> TestPrincipals.runAs(userOfA, () -> repository.findAll()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void nobodyWritesIntoANocHeMayNotSee() {
        Noc noc = new Noc(Instant.now());
        noc.setName("Sneaky " + System.nanoTime());
        assertThatThrownBy(() -> TestPrincipals.runAs(userOfA, () -> repository.saveAndFlush(noc)))
                .isInstanceOf(NotFoundException.class);
        assertThat(jdbc.sql("select count(*) from nocs where name = :n")
                        .param("n", noc.getName())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void backgroundThreadsWithoutUserAreUnrestricted() throws Exception {
        CompletableFuture<Optional<Noc>> loaded = CompletableFuture.supplyAsync(() -> {
            assertThat(scope.unrestricted()).isTrue();
            assertThat(scope.visibleNocIds()).contains(nocA, nocB);
            assertThat(scope.listedSqlCondition("noc_id")).isEqualTo("1 = 1");
            return repository.findById(nocB);
        });
        assertThat(loaded.get()).isPresent();
    }

    @Test
    void usersAreLimitedToTheirGrantsOutsideRequestsToo() {
        TestPrincipals.runAs(userOfA, () -> {
            assertThat(scope.unrestricted()).isFalse();
            assertThat(scope.visibleNocIds()).containsExactly(nocA);
            assertThat(scope.listedSqlCondition("d.noc_id")).isEqualTo("d.noc_id in (" + nocA + ")");
            assertThat(directory.visible()).extracting(NocSummary::id).containsExactly(nocA);
            assertThat(directory.find(nocB)).isEmpty();
            return null;
        });
    }

    @Test
    void anAnonymousRequestSeesNothing() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(scope.unrestricted()).isFalse();
        assertThat(scope.visibleNocIds()).isEmpty();
        assertThat(scope.canSee(nocA)).isFalse();
        assertThat(scope.listedSqlCondition("noc_id")).isEqualTo("1 = 0");
    }

    @Test
    void grantsAreReadOncePerRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        Set<Long> first = TestPrincipals.runAs(userOfA, scope::visibleNocIds);
        nocs.grant(userOfA.id(), nocB);
        assertThat(TestPrincipals.runAs(userOfA, scope::visibleNocIds))
                .isEqualTo(first)
                .doesNotContain(nocB);

        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(TestPrincipals.runAs(userOfA, scope::visibleNocIds)).contains(nocA, nocB);
    }

    @Test
    void headAdminsAreUnrestricted() {
        AuthenticatedUser head = new TestPrincipals(jdbc).create(Role.HEAD_ADMIN);
        TestPrincipals.runAs(head, () -> {
            assertThat(scope.unrestricted()).isTrue();
            assertThat(scope.canSee(nocB)).isTrue();
            assertThat(repository.findById(nocB)).isPresent();
            return null;
        });
    }
}
