package io.nocvault.backup;

import static io.nocvault.backup.StoreFixture.config;
import static io.nocvault.backup.StoreFixture.newDeviceId;
import static io.nocvault.backup.StoreFixture.text;
import static io.nocvault.test.TestPrincipals.runAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nocvault.common.NotFoundException;
import io.nocvault.common.Origin;
import io.nocvault.common.Paging;
import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import io.nocvault.noc.NocDeletionCheck;
import io.nocvault.test.NocVaultTest;
import io.nocvault.test.TestNocs;
import io.nocvault.test.TestPrincipals;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.request.RequestContextHolder;

/** A user of NOC A never sees, reads, verifies or deletes a version of NOC B: it is "not found". */
@NocVaultTest
class VersionScopingTest {

    static final Instant T0 = Instant.parse("2025-07-01T02:00:00Z");

    @Autowired
    VersionStore versions;

    @Autowired
    Scrubber scrubber;

    @Autowired
    BackupRetention retention;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<NocDeletionCheck> deletionChecks;

    AuthenticatedUser viewerOfA;
    long nocA;
    long nocB;
    BackupVersion inA;
    BackupVersion inB;

    @BeforeEach
    void setUp() {
        RequestContextHolder.resetRequestAttributes();
        TestNocs nocs = new TestNocs(jdbc);
        nocA = nocs.create("Scope A");
        nocB = nocs.create("Scope B");
        viewerOfA = new TestPrincipals(jdbc).create(Role.VIEWER);
        nocs.grant(viewerOfA.id(), nocA);
        String a = text(config(10, 1));
        String b = text(config(10, 2));
        inA = versions.record(newDeviceId(), nocA, a, a, null, T0).version();
        inB = versions.record(newDeviceId(), nocB, b, b, null, T0).version();
        versions.record(inB.deviceId(), nocB, a, a, null, T0.plusSeconds(5));
    }

    @Test
    void versionsOfAnotherNocAreNotFound() {
        runAs(viewerOfA, () -> {
            assertThat(versions.get(inA.id())).isEqualTo(inA);
            assertThatThrownBy(() -> versions.get(inB.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> versions.read(inB.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> scrubber.verify(inB.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> versions.delete(inB.id(), Origin.current()))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> retention.preview(inB.deviceId())).isInstanceOf(NotFoundException.class);
            assertThat(versions.versions(inB.deviceId())).isEmpty();
            assertThat(versions.latest(inB.deviceId())).isEmpty();
            return null;
        });
        assertThat(versions.versions(inB.deviceId())).hasSize(2);
    }

    @Test
    void listsShowTheGrantedNocsOnly() {
        VersionPage page = runAs(viewerOfA, () -> versions.list(VersionFilter.ALL, Paging.of(1000, 0L)));

        assertThat(page.results()).extracting(BackupVersion::nocId).containsOnly(nocA);
        assertThat(page.results()).extracting(BackupVersion::id).contains(inA.id());
        VersionPage ofB = runAs(
                viewerOfA,
                () -> versions.list(new VersionFilter(inB.deviceId(), null, null, null, null), Paging.of(10, 0L)));
        assertThat(ofB.count()).isZero();
    }

    @Test
    void aNocWithBackupsCannotBeDeleted() {
        long empty = new TestNocs(jdbc).create("Scope empty");

        assertThat(deletionChecks)
                .anySatisfy(check -> assertThat(check.reasonToKeep(nocA)).contains("1 backup version(s)"));
        assertThat(deletionChecks)
                .anySatisfy(check -> assertThat(check.reasonToKeep(nocB)).contains("2 backup version(s)"));
        assertThat(deletionChecks)
                .allSatisfy(check -> assertThat(check.reasonToKeep(empty)).isEmpty());
    }
}
