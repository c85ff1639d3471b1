package io.nocvault.backup.restore;

import static io.nocvault.test.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.nocvault.backup.BackupVersion;
import io.nocvault.backup.ConfigRestored;
import io.nocvault.backup.VersionStore;
import io.nocvault.common.Origin;
import io.nocvault.drivers.CaptureResult;
import io.nocvault.drivers.ConfigNormalizer;
import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import io.nocvault.inventory.DeviceDirectory;
import io.nocvault.inventory.DeviceProvisioning;
import io.nocvault.inventory.DeviceSummary;
import io.nocvault.inventory.NewDevice;
import io.nocvault.simulator.SimulatedDevice;
import io.nocvault.simulator.Simulator;
import io.nocvault.test.NocVaultWebTest;
import io.nocvault.test.TestNocs;
import io.nocvault.test.TestPrincipals;
import io.nocvault.transport.DeviceCli;
import io.nocvault.transport.StepListener;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Restore against the in-process simulator for Cisco IOS, Arista EOS and Junos: the preview shows what changed
 * since the version, the restore needs the version's SHA-256, pushes, captures again and matches; roles and the
 * NOC scope hold.
 */
@NocVaultWebTest
@RecordApplicationEvents
class RestoreApiTest {

    static final String PASSWORD = "device-Pass-1";
    static final String ENABLE = "enable-Secret-7";
    static Simulator sim;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VersionStore store;

    @Autowired
    DeviceProvisioning provisioning;

    @Autowired
    DeviceDirectory directory;

    @Autowired
    DeviceCli cli;

    @Autowired
    ConfigNormalizer normalizer;

    @Autowired
    ApplicationEvents events;

    long noc;
    AuthenticatedUser operator;
    AuthenticatedUser viewer;
    AuthenticatedUser otherOperator;

    @BeforeAll
    static void startSimulator() throws Exception {
        sim = Simulator.builder()
                .username("netops")
                .password(PASSWORD)
                .enableSecret(ENABLE)
                .configLines(60)
                .device("cisco_ios", "rs-ios-1")
                .device("arista_eos", "rs-eos-1")
                .device("juniper_junos", "rs-junos-1")
                .start();
    }

    @AfterAll
    static void stopSimulator() throws Exception {
        sim.close();
    }

    @BeforeEach
    void setUp() {
        RequestContextHolder.resetRequestAttributes();
        TestNocs nocs = new TestNocs(jdbc);
        TestPrincipals principals = new TestPrincipals(jdbc);
        noc = nocs.create("Restore");
        long other = nocs.create("Restore other");
        operator = principals.create(Role.OPERATOR);
        viewer = principals.create(Role.VIEWER);
        otherOperator = principals.create(Role.OPERATOR);
        nocs.grant(operator.id(), noc);
        nocs.grant(viewer.id(), noc);
        nocs.grant(otherOperator.id(), other);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rs-ios-1", "rs-eos-1", "rs-junos-1"})
    void restoresAnOlderVersionAndTheDeviceMatchesAgain(String hostname) throws Exception {
        SimulatedDevice sd = sim.device(hostname);
        BackupVersion version = versionOfDeviceNow(sd);
        sd.mutateConfig();

        String id = "" + version.id();
        deniedToOthers(version);

        String preview = mvc.perform(
                        post("/api/v1/backups/" + id + "/restore/preview").with(as(operator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.identical").value(false))
                .andExpect(jsonPath("$.sha256").value(version.blobId()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(preview).doesNotContain(PASSWORD).doesNotContain(ENABLE);
        String sha = JsonPath.read(preview, "$.sha256");

        mvc.perform(post("/api/v1/backups/" + id + "/restore")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sha256\":\"" + "0".repeat(64) + "\"}")
                        .with(as(operator)))
                .andExpect(status().isConflict());
        assertThat(events.stream(ConfigRestored.class)).isEmpty();

        String restored = mvc.perform(post("/api/v1/backups/" + id + "/restore")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sha256\":\"" + sha + "\"}")
                        .with(as(operator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pushed").value(true))
                .andExpect(jsonPath("$.matches").value(true))
                .andExpect(jsonPath("$.error").doesNotExist())
                .andExpect(jsonPath("$.recordedVersionId").isNumber())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // the device reads back as the version did, comment lines and header included: no change but the restore
        Number recorded = JsonPath.read(restored, "$.recordedVersionId");
        mvc.perform(get("/api/v1/backups/" + recorded).with(as(operator)))
                .andExpect(jsonPath("$.normalizedSha256").value(version.normalizedSha256()));
        assertThat(events.stream(ConfigRestored.class)).singleElement().satisfies(e -> {
            assertThat(e.matches()).isTrue();
            assertThat(e.origin().actor()).isEqualTo(operator.username());
        });

        mvc.perform(post("/api/v1/backups/" + id + "/restore/preview").with(as(operator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.identical").value(true));
    }

    @Test
    void thePagesPreviewConfirmAndReport() throws Exception {
        SimulatedDevice sd = sim.device("rs-eos-1");
        BackupVersion version = versionOfDeviceNow(sd);
        sd.mutateConfig();
        String page = mvc.perform(
                        get("/backups/versions/" + version.id() + "/restore").with(as(operator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("confirm-restore").contains(version.blobId()).doesNotContain(PASSWORD);
        mvc.perform(post("/backups/versions/" + version.id() + "/restore")
                        .param("sha256", version.blobId())
                        .with(csrf())
                        .with(as(operator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("restore-matches")));
        mvc.perform(get("/backups/versions/" + version.id() + "/restore").with(as(viewer)))
                .andExpect(status().isForbidden());
    }

    /** Creates the inventory device for the simulated one and stores its configuration as captured now. */
    private BackupVersion versionOfDeviceNow(SimulatedDevice sd) {
        DeviceSummary device = provisioning.create(
                new NewDevice(
                        sd.hostname() + "-" + UUID.randomUUID().toString().substring(0, 6),
                        sd.host(),
                        sd.port(),
                        noc,
                        sd.platform(),
                        sd.username(),
                        PASSWORD,
                        ENABLE,
                        Set.of(),
                        null,
                        true),
                Origin.system());
        CaptureResult first = cli.capture(directory.access(device.id()), null, StepListener.NONE);
        String normalized = normalizer.normalize(directory.access(device.id()).driver(), first.config());
        BackupVersion version = store.record(
                        device.id(),
                        noc,
                        first.config(),
                        normalized,
                        null,
                        Instant.now().minusSeconds(3600))
                .version();
        return version;
    }

    /** A viewer may not restore (403); an operator of another NOC does not see the version (404). */
    private void deniedToOthers(BackupVersion version) throws Exception {
        String id = "" + version.id();
        mvc.perform(post("/api/v1/backups/" + id + "/restore/preview").with(as(viewer)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/backups/" + id + "/restore/preview").with(as(otherOperator)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/backups/" + id + "/restore")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sha256\":\"" + version.blobId() + "\"}")
                        .with(as(otherOperator)))
                .andExpect(status().isNotFound());
    }
}
