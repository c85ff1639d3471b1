package io.nocvault.inventory;

import static io.nocvault.test.TestPrincipals.runAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nocvault.common.ConflictException;
import io.nocvault.common.NotFoundException;
import io.nocvault.common.Origin;
import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import io.nocvault.noc.NocDeletionCheck;
import io.nocvault.test.NocVaultTest;
import io.nocvault.test.TestNocs;
import io.nocvault.test.TestPrincipals;
import io.nocvault.transport.DeviceAccess;
import io.nocvault.transport.TransportTimeouts;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.request.RequestContextHolder;

/** Devices are created, read back and scoped: a user of NOC A never sees a device of NOC B. */
@NocVaultTest
class DeviceScopingTest {

    @Autowired
    DeviceProvisioning provisioning;

    @Autowired
    DeviceDirectory directory;

    @Autowired
    TransportTimeouts globalTimeouts;

    @Autowired
    List<NocDeletionCheck> deletionChecks;

    @Autowired
    JdbcClient jdbc;

    AuthenticatedUser viewerOfA;
    long nocA;
    long nocB;
    DeviceSummary inA;
    DeviceSummary inB;

    @BeforeEach
    void setUp() {
        RequestContextHolder.resetRequestAttributes();
        TestNocs nocs = new TestNocs(jdbc);
        nocA = nocs.create("Inventory A");
        nocB = nocs.create("Inventory B");
        viewerOfA = new TestPrincipals(jdbc).create(Role.VIEWER);
        nocs.grant(viewerOfA.id(), nocA);
        inA = provisioning.create(InventoryFixture.device(nocA, "sw-a"), Origin.system());
        inB = provisioning.create(InventoryFixture.device(nocB, "sw-b"), Origin.system());
    }

    @Test
    void createdDeviceReadsBackWithoutSecrets() {
        DeviceSummary read = directory.require(inA.id());
        assertThat(read).isEqualTo(inA);
        assertThat(read.nocId()).isEqualTo(nocA);
        assertThat(read.deviceType()).isEqualTo("cisco_ios");
        assertThat(read.tags()).containsExactlyInAnyOrder("core", "lab");
        assertThat(read.reachability()).isEqualTo(Reachability.UNKNOWN);
        assertThat(read.lastBackupStatus()).isEqualTo(BackupStatus.NEVER);
        assertThat(read.toString()).doesNotContain("s3cret");
        String stored = jdbc.sql("select password_sealed || enable_secret_sealed from devices where id = :id")
                .param("id", inA.id())
                .query(String.class)
                .single();
        assertThat(stored).doesNotContain("s3cret");
    }

    @Test
    void accessOpensTheSecretsAndResolvesTimeouts() {
        DeviceAccess access = directory.access(inA.id());
        assertThat(access.endpoint().host()).isEqualTo("127.0.0.1");
        assertThat(access.endpoint().port()).isEqualTo(inA.port());
        assertThat(access.endpoint().hostKey()).isEqualTo("device:" + inA.id());
        assertThat(access.endpoint().nocId()).isEqualTo(nocA);
        assertThat(access.endpoint().credentials().password()).isEqualTo("s3cret-pass");
        assertThat(access.login().enableSecret()).isEqualTo("en-s3cret");
        assertThat(access.driver().key()).isEqualTo("cisco_ios");
        assertThat(access.timeouts().connect()).isEqualTo(globalTimeouts.connect());
    }

    @Test
    void aViewerOfNocASeesOnlyNocADevices() {
        runAs(viewerOfA, () -> {
            assertThat(directory.find(inA.id())).contains(inA);
            assertThat(directory.find(inB.id())).isEmpty();
            assertThatThrownBy(() -> directory.require(inB.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> directory.access(inB.id())).isInstanceOf(NotFoundException.class);
            assertThat(directory.visible())
                    .extracting(DeviceSummary::id)
                    .contains(inA.id())
                    .doesNotContain(inB.id());
            assertThatThrownBy(() -> directory.ofNocs(List.of(nocB))).isInstanceOf(NotFoundException.class);
            assertThat(directory.ofTypes(Set.of("cisco_ios")))
                    .extracting(DeviceSummary::id)
                    .contains(inA.id())
                    .doesNotContain(inB.id());
            assertThat(directory.withTags(Set.of("CORE")))
                    .extracting(DeviceSummary::id)
                    .contains(inA.id())
                    .doesNotContain(inB.id());
            return null;
        });
        assertThat(directory.ofNocs(List.of(nocB)))
                .extracting(DeviceSummary::id)
                .containsExactly(inB.id());
    }

    @Test
    void duplicatesInTheSameNocAreRefused() {
        NewDevice sameName = new NewDevice(
                inA.hostname().toUpperCase(), "10.0.0.1", 22, nocA, "cisco_ios", "u", "p", null, null, null, true);
        assertThatThrownBy(() -> provisioning.create(sameName, Origin.system()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already exists");
        NewDevice sameAddress = new NewDevice(
                InventoryFixture.unique("other"),
                "127.0.0.1",
                inA.port(),
                nocA,
                "cisco_ios",
                "u",
                "p",
                null,
                null,
                null,
                true);
        assertThatThrownBy(() -> provisioning.create(sameAddress, Origin.system()))
                .isInstanceOf(ConflictException.class);
        NewDevice sameNameOtherNoc = new NewDevice(
                inA.hostname(), "127.0.0.1", inA.port(), nocB, "cisco_ios", "u", "p", null, null, null, true);
        assertThat(provisioning.create(sameNameOtherNoc, Origin.system()).nocId())
                .isEqualTo(nocB);
    }

    @Test
    void invalidFieldsAreRefusedWithTheirNames() {
        NewDevice bad = new NewDevice(
                "bad host!", "300.1.1.1", 0, nocA, "no_such_type", "", "secret-x", null, null, null, true);
        assertThatThrownBy(() -> provisioning.create(bad, Origin.system()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hostname")
                .hasMessageContaining("address")
                .hasMessageContaining("port")
                .hasMessageContaining("deviceType")
                .hasMessageContaining("username")
                .hasMessageNotContaining("secret-x");
    }

    @Test
    void backupOutcomeIsRecorded() {
        Instant at = Instant.parse("2026-01-02T03:04:05Z");
        directory.recordBackup(inA.id(), BackupStatus.FAILED, at, "Authentication failed");
        DeviceSummary read = directory.require(inA.id());
        assertThat(read.lastBackupStatus()).isEqualTo(BackupStatus.FAILED);
        assertThat(read.lastBackupAt()).isEqualTo(at);
        assertThat(read.lastBackupError()).isEqualTo("Authentication failed");
    }

    @Test
    void aNocWithDevicesCannotBeDeleted() {
        assertThat(deletionChecks.stream().map(c -> c.reasonToKeep(nocA)))
                .anySatisfy(reason -> assertThat(reason).contains("1 device"));
    }
}
