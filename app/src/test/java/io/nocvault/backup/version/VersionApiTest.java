package io.nocvault.backup.version;

import static io.nocvault.test.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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
 * {@code /api/v1/backups}: lists, details, masked content and audited reveal, downloads, ZIPs, verify, delete, and
 * the NOC scope and roles around all of them.
 */
@NocVaultWebTest
@RecordApplicationEvents
class VersionApiTest {

    static final Instant T0 = Instant.parse("2025-07-01T02:00:00Z");
    static final String SECRET = "Sup3rSecretHash";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VersionStore store;

    @Autowired
    ApplicationEvents events;

    @Autowired
    DeviceProvisioning provisioning;

    static final java.util.concurrent.atomic.AtomicInteger PORTS = new java.util.concurrent.atomic.AtomicInteger(32000);

    long nocA;
    long nocB;
    long deviceA;
    String hostnameA;
    BackupVersion a1;
    BackupVersion a2;
    BackupVersion b1;
    AuthenticatedUser adminA;
    AuthenticatedUser operatorA;
    AuthenticatedUser viewerA;
    AuthenticatedUser viewerB;

    static String config(String description) {
        return "hostname core-sw1\n!\nenable secret 5 " + SECRET + "\n!\ninterface Gi0/1\n description " + description
                + "\n!\nend\n";
    }

    static long newDeviceId() {
        return ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
    }

    @BeforeEach
    void setUp() {
        RequestContextHolder.resetRequestAttributes();
        TestNocs nocs = new TestNocs(jdbc);
        TestPrincipals principals = new TestPrincipals(jdbc);
        nocA = nocs.create("Versions A");
        nocB = nocs.create("Versions B");
        adminA = principals.create(Role.ADMIN);
        operatorA = principals.create(Role.OPERATOR);
        viewerA = principals.create(Role.VIEWER);
        viewerB = principals.create(Role.VIEWER);
        nocs.grant(adminA.id(), nocA);
        nocs.grant(operatorA.id(), nocA);
        nocs.grant(viewerA.id(), nocA);
        nocs.grant(viewerB.id(), nocB);
        hostnameA = "ver-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        deviceA = provisioning
                .create(
                        new NewDevice(
                                hostnameA,
                                "127.0.0.1",
                                PORTS.incrementAndGet(),
                                nocA,
                                "cisco_ios",
                                "ops",
                                "pw-Device-1",
                                null,
                                java.util.Set.of(),
                                null,
                                true),
                        Origin.system())
                .id();
        a1 = store.record(deviceA, nocA, config("uplink"), config("uplink"), null, T0)
                .version();
        a2 = store.record(deviceA, nocA, config("uplink to core"), config("uplink to core"), null, T0.plusSeconds(3600))
                .version();
        long deviceB = newDeviceId();
        b1 = store.record(deviceB, nocB, config("b side"), config("b side"), null, T0)
                .version();
    }

    @Test
    void listsOnlyVisibleVersionsWithFiltersAndPaging() throws Exception {
        mvc.perform(get("/api/v1/backups").param("deviceId", "" + deviceA).with(as(viewerA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(2))
                .andExpect(jsonPath("$.results[0].id").value(a2.id()))
                .andExpect(jsonPath("$.results[0].added").value(1))
                .andExpect(jsonPath("$.results[0].removed").value(1))
                .andExpect(jsonPath("$.results[0].sha256").value(a2.blobId()));
        mvc.perform(get("/api/v1/backups").param("nocId", "" + nocB).with(as(viewerA)))
                .andExpect(jsonPath("$.count").value(0));
        mvc.perform(get("/api/v1/backups")
                        .param("deviceId", "" + deviceA)
                        .param("limit", "1")
                        .with(as(viewerA)))
                .andExpect(jsonPath("$.results.length()").value(1))
                .andExpect(jsonPath("$.next", containsString("offset=1")));
        mvc.perform(get("/api/v1/backups")
                        .param("deviceId", "" + deviceA)
                        .param("from", "2025-07-01T02:30:00Z")
                        .with(as(viewerA)))
                .andExpect(jsonPath("$.count").value(1));
        mvc.perform(get("/api/v1/backups")
                        .param("deviceId", "" + deviceA)
                        .param("to", "2025-06-30")
                        .with(as(viewerA)))
                .andExpect(jsonPath("$.count").value(0));
    }

    @Test
    void badInputIs400NotAnError() throws Exception {
        for (String[] p :
                new String[][] {{"deviceId", "x"}, {"from", "yesterday"}, {"integrity", "broken"}, {"limit", "many"}}) {
            mvc.perform(get("/api/v1/backups").param(p[0], p[1]).with(as(viewerA)))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(get("/api/v1/backups/abc").with(as(viewerA))).andExpect(status().is4xxClientError());
        mvc.perform(post("/api/v1/backups/zip")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")
                        .with(as(viewerA)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/backups/zip")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json")
                        .with(as(viewerA)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void detailAndContentAreMaskedByDefault() throws Exception {
        mvc.perform(get("/api/v1/backups/" + a1.id()).with(as(viewerA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deviceId").value(deviceA))
                .andExpect(jsonPath("$.size").value(a1.size()))
                .andExpect(jsonPath("$.integrity").value("OK"));
        mvc.perform(get("/api/v1/backups/" + a1.id() + "/content").with(as(viewerA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.masked").value(true))
                .andExpect(jsonPath("$.content", containsString("enable secret 5 <removed>")))
                .andExpect(jsonPath("$.content", not(containsString(SECRET))));
        mvc.perform(get("/api/v1/backups/" + a1.id() + "/download").with(as(viewerA)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("_masked.txt")))
                .andExpect(content().string(not(containsString(SECRET))));
    }

    @Test
    void onlyAdminsRevealAndEveryRevealIsAudited() throws Exception {
        mvc.perform(get("/api/v1/backups/" + a1.id() + "/content")
                        .param("reveal", "true")
                        .with(as(operatorA)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/backups/" + a1.id() + "/download")
                        .param("masked", "false")
                        .with(as(viewerA)))
                .andExpect(status().isForbidden());
        assertThat(events.stream(VersionRevealed.class)).isEmpty();

        mvc.perform(get("/api/v1/backups/" + a1.id() + "/content")
                        .param("reveal", "true")
                        .with(as(adminA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.masked").value(false))
                .andExpect(jsonPath("$.content").value(config("uplink")));
        mvc.perform(get("/api/v1/backups/" + a1.id() + "/download")
                        .param("masked", "false")
                        .with(as(adminA)))
                .andExpect(status().isOk())
                .andExpect(content().string(config("uplink")));
        assertThat(events.stream(VersionRevealed.class))
                .extracting(
                        VersionRevealed::versionId,
                        VersionRevealed::how,
                        e -> e.origin().actor())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(a1.id(), "content", adminA.username()),
                        org.assertj.core.groups.Tuple.tuple(a1.id(), "download", adminA.username()));
    }

    @Test
    void anotherNocsVersionIsNotFoundEverywhere() throws Exception {
        String id = "" + b1.id();
        mvc.perform(get("/api/v1/backups/" + id).with(as(viewerA))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/backups/" + id + "/content").with(as(viewerA))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/backups/" + id + "/download").with(as(adminA))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/backups/" + id + "/verify").with(as(adminA))).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/backups/" + id).with(as(adminA))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/backups/zip")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"versionIds\":[" + a1.id() + "," + id + "]}")
                        .with(as(adminA)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/backups/zip")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nocId\":" + nocB + "}")
                        .with(as(adminA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/backups/" + id).with(as(viewerB))).andExpect(status().isOk());
    }

    @Test
    void deleteIsForAdminsAndNeverTheLatest() throws Exception {
        mvc.perform(delete("/api/v1/backups/" + a1.id()).with(as(operatorA))).andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/backups/" + a2.id()).with(as(adminA))).andExpect(status().isConflict());
        mvc.perform(delete("/api/v1/backups/" + a1.id()).with(as(adminA))).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/backups/" + a1.id()).with(as(adminA))).andExpect(status().isNotFound());
    }

    @Test
    void verifyReportsTheIntegrity() throws Exception {
        mvc.perform(post("/api/v1/backups/" + a1.id() + "/verify").with(as(viewerA)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/backups/" + a1.id() + "/verify").with(as(operatorA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.integrity").value("OK"))
                .andExpect(jsonPath("$.checkedAt").isNotEmpty());
    }

    @Test
    void zipHoldsTheSelectedVersionsMaskedOrRawForAdmins() throws Exception {
        byte[] zip = mvc.perform(post("/api/v1/backups/zip")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"versionIds\":[" + a1.id() + "," + a2.id() + "]}")
                        .with(as(viewerA)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Map<String, String> entries = unzip(zip);
        assertThat(entries).hasSize(2);
        assertThat(entries.keySet()).allMatch(name -> name.startsWith(hostnameA + "/"));
        assertThat(entries.values()).allMatch(text -> text.contains("<removed>") && !text.contains(SECRET));

        byte[] latest = mvc.perform(post("/api/v1/backups/zip")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nocId\":" + nocA + ",\"masked\":false}")
                        .with(as(adminA)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(unzip(latest).values()).containsExactly(config("uplink to core"));

        mvc.perform(post("/api/v1/backups/zip")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"deviceIds\":[" + deviceA + "],\"masked\":false}")
                        .with(as(operatorA)))
                .andExpect(status().isForbidden());
    }

    @Test
    void usageAndRetention() throws Exception {
        mvc.perform(get("/api/v1/backups/usage").with(as(viewerA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.usedBytes").isNumber())
                .andExpect(jsonPath("$.versions").isNumber());
        mvc.perform(get("/api/v1/backups/retention").with(as(viewerA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.defaultPolicy.keepLast").value(10));
        String body = "{\"deviceId\":" + deviceA + ",\"policy\":{\"keepLast\":1}}";
        mvc.perform(put("/api/v1/backups/retention")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(as(operatorA)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/backups/retention")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(as(adminA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.override").value(true))
                .andExpect(jsonPath("$.policy.description").value("last 1"));
        mvc.perform(get("/api/v1/backups/retention/preview")
                        .param("deviceId", "" + deviceA)
                        .with(as(viewerA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decisions[0].keep").value(true))
                .andExpect(jsonPath("$.decisions[1].keep").value(false));
        mvc.perform(get("/api/v1/backups/retention").with(as(adminA)))
                .andExpect(jsonPath("$.overrides[?(@.deviceId == " + deviceA + ")].policy.keepLast")
                        .value(1));
        mvc.perform(put("/api/v1/backups/retention")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"deviceId\":" + deviceA + ",\"policy\":{\"keepLast\":-5}}")
                        .with(as(adminA)))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/backups/retention")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"deviceId\":" + b1.deviceId() + ",\"policy\":{\"keepLast\":1}}")
                        .with(as(adminA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/backups/retention/preview")
                        .param("deviceId", "" + b1.deviceId())
                        .with(as(viewerA)))
                .andExpect(status().isNotFound());
    }

    static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
