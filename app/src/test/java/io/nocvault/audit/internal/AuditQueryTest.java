package io.nocvault.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.nocvault.audit.AuditAppTest;
import io.nocvault.audit.AuditFixtures;
import io.nocvault.audit.TestNocScope;
import io.nocvault.audit.Unique;
import io.nocvault.audit.Users;
import io.nocvault.common.Paging;
import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Filters and NOC scoping of the audit queries on a real database (H2 here, PostgreSQL in the subclass). */
@AuditAppTest
class AuditQueryTest {

    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    @Autowired
    AuditQuery query;

    @Autowired
    TestNocScope scope;

    @Autowired
    JdbcClient jdbc;

    AuditFixtures fixtures;
    String ns;

    @BeforeEach
    void setUp() {
        fixtures = new AuditFixtures(jdbc);
        ns = Unique.name("q");
        scope.reset();
        Users.signIn(Users.user(Role.HEAD_ADMIN));
    }

    @AfterEach
    void tearDown() {
        Users.signOut();
        scope.reset();
    }

    @Test
    void filtersByExactActor() {
        String alice = Unique.name("alice");
        fixtures.insert(T0, alice, ns + ".a", null, true);
        fixtures.insert(T0, alice + "0", ns + ".b", null, true);

        assertThat(actions(new AuditFilter(alice, ns + ".", null, null, null, null)))
                .containsExactly(ns + ".a");
    }

    @Test
    void filtersByActionPrefixWithLikeCharactersTakenLiterally() {
        fixtures.insert(T0, "bob", ns + ".user.login", null, true);
        fixtures.insert(T0.plusSeconds(1), "bob", ns + ".user.deleted", null, true);
        fixtures.insert(T0, "bob", ns + ".users.x", null, true);
        fixtures.insert(T0, "bob", ns + ".noc.created", null, true);
        fixtures.insert(T0, "bob", ns + ".aXb", null, true);

        assertThat(actions(prefix(ns + ".user."))).containsExactly(ns + ".user.deleted", ns + ".user.login");
        assertThat(actions(prefix(ns + ".a_b"))).isEmpty();
        assertThat(actions(prefix(ns + ".%"))).isEmpty();
    }

    @Test
    void filtersByNoc() {
        long noc = Unique.nocId();
        fixtures.insert(T0, "carol", ns + ".in", noc, true);
        fixtures.insert(T0, "carol", ns + ".other", Unique.nocId(), true);
        fixtures.insert(T0, "carol", ns + ".global", null, true);

        assertThat(actions(new AuditFilter(null, ns + ".", noc, null, null, null)))
                .containsExactly(ns + ".in");
    }

    @Test
    void filtersByDateRangeFromInclusiveToExclusive() {
        fixtures.insert(Instant.parse("2025-03-01T23:59:59Z"), "dave", ns + ".before", null, true);
        fixtures.insert(Instant.parse("2025-03-02T00:00:00Z"), "dave", ns + ".first", null, true);
        fixtures.insert(Instant.parse("2025-03-02T23:59:59.5Z"), "dave", ns + ".last", null, true);
        fixtures.insert(Instant.parse("2025-03-03T00:00:00Z"), "dave", ns + ".after", null, true);

        ParsedAuditFilter wholeDay =
                new AuditFilterParams(null, ns + ".", null, "2025-03-02", "2025-03-02", null, null, null).parse();
        assertThat(actions(wholeDay.filter())).containsExactly(ns + ".last", ns + ".first");

        ParsedAuditFilter times = new AuditFilterParams(
                        null, ns + ".", null, "2025-03-01T23:59:59Z", "2025-03-02T12:00", null, null, null)
                .parse();
        assertThat(actions(times.filter())).containsExactly(ns + ".first", ns + ".before");
    }

    @Test
    void filtersBySuccess() {
        fixtures.insert(T0, "erin", ns + ".ok", null, true);
        fixtures.insert(T0, "erin", ns + ".failed", null, false);

        assertThat(actions(new AuditFilter(null, ns + ".", null, null, null, false)))
                .containsExactly(ns + ".failed");
        assertThat(actions(new AuditFilter(null, ns + ".", null, null, null, true)))
                .containsExactly(ns + ".ok");
    }

    @Test
    void pagesNewestFirstAndCountsTheWholeList() {
        for (int i = 0; i < 5; i++) {
            fixtures.insert(T0.plusSeconds(i), "frank", ns + ".n" + i, null, true);
        }

        AuditPage page = query.page(prefix(ns + "."), new Paging(2, 1));

        assertThat(page.count()).isEqualTo(5);
        assertThat(page.entries()).extracting(AuditEntry::action).containsExactly(ns + ".n3", ns + ".n2");
    }

    @Test
    void streamsTheSameFilteredEntries() {
        for (int i = 0; i < 3; i++) {
            fixtures.insert(T0.plusSeconds(i), "gina", ns + ".s" + i, null, i != 1);
        }
        List<String> streamed = new ArrayList<>();

        query.forEach(new AuditFilter(null, ns + ".", null, null, null, true), e -> streamed.add(e.action()));

        assertThat(streamed).containsExactly(ns + ".s2", ns + ".s0");
    }

    @Test
    void headAdminSeesEveryNocAndEveryGlobalEntry() {
        Scenario s = scenario();

        assertThat(actions(prefix(ns + "."))).containsExactlyInAnyOrder(s.all());
    }

    @Test
    void adminSeesGrantedNocsAndAllGlobalEntries() {
        AuthenticatedUser admin = signIn(Role.ADMIN);
        Scenario s = scenario();
        scope.grant(admin.id(), s.nocA);

        assertThat(actions(prefix(ns + ".")))
                .containsExactlyInAnyOrder(
                        ns + ".in-a", ns + ".global-by-other", ns + ".global-by-" + admin.username());
    }

    @Test
    void operatorSeesGrantedNocsAndOnlyHisOwnGlobalEntries() {
        AuthenticatedUser operator = signIn(Role.OPERATOR);
        Scenario s = scenario();
        scope.grant(operator.id(), s.nocA, s.nocB);

        assertThat(actions(prefix(ns + ".")))
                .containsExactlyInAnyOrder(ns + ".in-a", ns + ".in-b", ns + ".global-by-" + operator.username());
    }

    @Test
    void viewerWithoutGrantsSeesOnlyHisOwnGlobalEntries() {
        AuthenticatedUser viewer = signIn(Role.VIEWER);
        scenario();

        assertThat(actions(prefix(ns + "."))).containsExactly(ns + ".global-by-" + viewer.username());
    }

    @Test
    void switcherNarrowsTheNocEntriesToTheSelectedNoc() {
        AuthenticatedUser admin = signIn(Role.ADMIN);
        Scenario s = scenario();
        scope.grant(admin.id(), s.nocA, s.nocB);
        scope.select(s.nocB);

        assertThat(actions(prefix(ns + ".")))
                .containsExactlyInAnyOrder(
                        ns + ".in-b", ns + ".global-by-other", ns + ".global-by-" + admin.username());
    }

    @Test
    void switcherNarrowsAHeadAdminToo() {
        Scenario s = scenario();
        scope.select(s.nocA);

        assertThat(actions(prefix(ns + ".")))
                .containsExactlyInAnyOrder(ns + ".in-a", ns + ".global-by-other", s.ownGlobal);
    }

    @Test
    void aFilterCanNotWidenTheScope() {
        AuthenticatedUser operator = signIn(Role.OPERATOR);
        Scenario s = scenario();
        scope.grant(operator.id(), s.nocA);

        assertThat(actions(new AuditFilter(null, ns + ".", s.nocB, null, null, null)))
                .isEmpty();
        assertThat(actions(new AuditFilter("other", ns + ".", null, null, null, null)))
                .as("another's global entry stays hidden when filtering by his name")
                .containsExactly(ns + ".in-a");
    }

    @Test
    void withoutAUserNothingIsVisible() {
        scenario();
        Users.signOut();

        assertThat(actions(prefix(ns + "."))).isEmpty();
        assertThat(query.latest(15)).isEmpty();
    }

    @Test
    void latestIsScopedLikeTheList() {
        AuthenticatedUser viewer = signIn(Role.VIEWER);
        long granted = Unique.nocId();
        scope.grant(viewer.id(), granted);
        fixtures.insert(Instant.now(), "other", ns + ".foreign", Unique.nocId(), true);
        fixtures.insert(Instant.now(), "other", ns + ".global-by-other", null, true);
        fixtures.insert(Instant.now(), "other", ns + ".granted", granted, true);
        fixtures.insert(Instant.now(), viewer.username(), ns + ".own", null, true);

        assertThat(query.latest(15)).extracting(AuditEntry::action).containsExactly(ns + ".own", ns + ".granted");
    }

    /** NOC A, NOC B, a third NOC nobody was granted, and global entries by "other" and by the signed-in user. */
    private Scenario scenario() {
        long a = Unique.nocId();
        long b = Unique.nocId();
        String me = Users.current().username();
        fixtures.insert(T0, "other", ns + ".in-a", a, true);
        fixtures.insert(T0, "other", ns + ".in-b", b, true);
        fixtures.insert(T0, "other", ns + ".in-c", Unique.nocId(), true);
        fixtures.insert(T0, "other", ns + ".global-by-other", null, true);
        fixtures.insert(T0, me, ns + ".global-by-" + me, null, true);
        return new Scenario(a, b, ns + ".global-by-" + me, ns);
    }

    private record Scenario(long nocA, long nocB, String ownGlobal, String ns) {
        String[] all() {
            return new String[] {ns + ".in-a", ns + ".in-b", ns + ".in-c", ns + ".global-by-other", ownGlobal};
        }
    }

    private AuthenticatedUser signIn(Role role) {
        AuthenticatedUser user = Users.user(role);
        Users.signIn(user);
        return user;
    }

    private List<String> actions(AuditFilter filter) {
        return query.page(filter, new Paging(100, 0)).entries().stream()
                .map(AuditEntry::action)
                .toList();
    }

    private static AuditFilter prefix(String actionPrefix) {
        return new AuditFilter(null, actionPrefix, null, null, null, null);
    }
}
