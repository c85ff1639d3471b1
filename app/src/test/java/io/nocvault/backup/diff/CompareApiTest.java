package io.nocvault.backup.diff;

import static io.nocvault.test.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.nocvault.backup.BackupVersion;
import io.nocvault.backup.VersionRevealed;
import io.nocvault.backup.VersionStore;
import io.nocvault.common.Origin;
import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import io.nocvault.inventory.DeviceProvisioning;
import io.nocvault.inventory.NewDevice;
import io.nocvault.test.NocVaultWebTest;
import io.nocvault.test.TestNocs;
import io.nocvault.test.TestPrincipals;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * {@code /api/v1/compare} and the compare pages on versions of inventory devices: formats, ignore volatile lines,
 * masking and audited reveal, latest vs previous, statistics, two devices, and another NOC's version is 404.
 */
@NocVaultWebTest
@RecordApplicationEvents
class CompareApiTest {

    static final Instant T0 = Instant.parse("2025-08-01T02:00:00Z");
    static final String SECRET = "0822455D0A16";
    static final AtomicInteger PORTS = new AtomicInteger(31000);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VersionStore store;

    @Autowired
    DeviceProvisioning provisioning;

    @Autowired
    ApplicationEvents events;

    long nocA;
    long deviceA;
    BackupVersion v1;
    BackupVersion v2;
    BackupVersion other;
    BackupVersion inB;
    AuthenticatedUser viewer;
    AuthenticatedUser admin;

    static String config(String ntp, String description) {
        return "hostname edge-1\nntp clock-period " + ntp + "\nusername ops password 7 " + SECRET
                + "\ninterface Gi0/1\n description " + description + "\n shutdown\n!\nend\n";
    }

    long device(long noc, String type) {
        return provisioning
                .create(
                        new NewDevice(
                                "cmp-" + UUID.randomUUID().toString().substring(0, 8),
                                "127.0.0.1",
                                PORTS.incrementAndGet(),
                                noc,
                                type,
                                "ops",
                                "pw-Device-1",
                                null,
                                Set.of(),
                                null,
                                true),
                        Origin.system())
                .id();
    }

    @BeforeEach
    void setUp() {
        RequestContextHolder.resetRequestAttributes();
        TestNocs nocs = new TestNocs(jdbc);
        nocA = nocs.create("Compare A");
        long nocB = nocs.create("Compare B");
        TestPrincipals principals = new TestPrincipals(jdbc);
        viewer = principals.create(Role.VIEWER);
        admin = principals.create(Role.ADMIN);
        nocs.grant(viewer.id(), nocA);
        nocs.grant(admin.id(), nocA);
        deviceA = device(nocA, "cisco_ios");
        String first = config("17179880", "uplink");
        String second = config("17179999", "uplink to core");
        v1 = store.record(deviceA, nocA, first, first.replaceAll("ntp clock-period \\d+\n", ""), null, T0)
                .version();
        v2 = store.record(
                        deviceA,
                        nocA,
                        second,
                        second.replaceAll("ntp clock-period \\d+\n", ""),
                        null,
                        T0.plusSeconds(60))
                .version();
        long otherDevice = device(nocA, "arista_eos");
        String third = config("1", "arista side");
        other = store.record(otherDevice, nocA, third, third, null, T0).version();
        long deviceB = device(nocB, "cisco_ios");
        inB = store.record(deviceB, nocB, first, first, null, T0).version();
    }

    private String body(long from, long to, String extra) {
        return "{\"from\":" + from + ",\"to\":" + to + extra + "}";
    }

    @Test
    void unifiedDiffIsMaskedAndCountsChanges() throws Exception {
        mvc.perform(post("/api/v1/compare")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(v1.id(), v2.id(), ""))
                        .with(as(viewer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.format").value("unified"))
                .andExpect(jsonPath("$.masked").value(true))
                .andExpect(jsonPath("$.statistics.changed").value(2))
                .andExpect(jsonPath("$.diff", containsString("+ description uplink to core")))
                .andExpect(jsonPath("$.diff", containsString("-ntp clock-period 17179880")))
                .andExpect(content().string(not(containsString(SECRET))));
    }

    @Test
    void ignoringVolatileLinesComparesTheNormalizedTexts() throws Exception {
        mvc.perform(post("/api/v1/compare")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(v1.id(), v2.id(), ",\"ignoreVolatile\":true,\"format\":\"structured\""))
                        .with(as(viewer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statistics.changed").value(1))
                .andExpect(jsonPath("$.comparison.blocks[0].rows").isArray())
                .andExpect(content().string(not(containsString("clock-period"))));
    }

    @Test
    void htmlFormatAndLatestVsPreviousAndSummary() throws Exception {
        mvc.perform(post("/api/v1/compare")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(v1.id(), v2.id(), ",\"format\":\"html\""))
                        .with(as(viewer)))
                .andExpect(jsonPath("$.html", containsString("cmp-sbs")));
        mvc.perform(get("/api/v1/compare/device/" + deviceA + "/latest-vs-previous")
                        .with(as(viewer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from.id").value(v1.id()))
                .andExpect(jsonPath("$.to.id").value(v2.id()));
        mvc.perform(get("/api/v1/compare/summary/" + v1.id() + "/" + other.id()).with(as(viewer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.identical").value(false))
                .andExpect(jsonPath("$.statistics.similarity").isNumber())
                .andExpect(jsonPath("$.diff").doesNotExist());
        mvc.perform(get("/api/v1/compare/device/" + other.deviceId() + "/latest-vs-previous")
                        .with(as(viewer)))
                .andExpect(status().isConflict());
    }

    @Test
    void anotherNocsVersionIsNotFoundAndBadInputIs400() throws Exception {
        mvc.perform(post("/api/v1/compare")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(v1.id(), inB.id(), ""))
                        .with(as(admin)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/compare/summary/" + inB.id() + "/" + v1.id()).with(as(viewer)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/compare/device/" + inB.deviceId() + "/latest-vs-previous")
                        .with(as(viewer)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/compare/" + v1.id() + "/" + inB.id()).with(as(viewer)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/compare")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(v1.id(), v2.id(), ",\"format\":\"pdf\""))
                        .with(as(viewer)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/compare")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(v1.id(), v2.id(), ",\"context\":-1"))
                        .with(as(viewer)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/compare")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\":\"x\"}")
                        .with(as(viewer)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void revealIsForAdminsAndAudited() throws Exception {
        mvc.perform(post("/api/v1/compare")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(v1.id(), v2.id(), ",\"reveal\":true"))
                        .with(as(viewer)))
                .andExpect(status().isForbidden());
        assertThat(events.stream(VersionRevealed.class)).isEmpty();
        mvc.perform(post("/api/v1/compare")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(v1.id(), v2.id(), ",\"reveal\":true,\"context\":100"))
                        .with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.masked").value(false))
                .andExpect(jsonPath("$.diff", containsString(SECRET)));
        assertThat(events.stream(VersionRevealed.class))
                .extracting(VersionRevealed::versionId)
                .containsExactlyInAnyOrder(v1.id(), v2.id());
    }

    @Test
    void pagesRenderAndDownload() throws Exception {
        mvc.perform(get("/compare/" + v1.id() + "/" + v2.id()).with(as(viewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cmp-sbs")))
                .andExpect(content().string(not(containsString(SECRET))));
        mvc.perform(get("/compare/" + v1.id() + "/" + v2.id())
                        .param("view", "unified")
                        .with(as(viewer)))
                .andExpect(content().string(containsString("cmp-unified")));
        mvc.perform(get("/compare/" + v1.id() + "/" + v2.id() + "/diff").with(as(viewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("+ description uplink to core")));
        mvc.perform(get("/compare/" + v1.id() + "/" + v2.id() + "/zip").with(as(viewer)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/zip"));
        mvc.perform(get("/compare/devices/" + deviceA + "/latest").with(as(viewer)))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/compare/" + v1.id() + "/" + v2.id()));
        mvc.perform(get("/compare").param("deviceId", "" + deviceA).with(as(viewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("pick-from")));
        mvc.perform(get("/backups/devices/" + deviceA).with(as(viewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("version-" + v2.id())));
        mvc.perform(get("/backups/versions/" + v1.id()).with(as(viewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("password 7 &lt;removed&gt;")));
        mvc.perform(get("/backups/versions/" + v1.id()).param("reveal", "true").with(as(viewer)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/backups/store").with(as(viewer))).andExpect(status().isOk());
    }
}
