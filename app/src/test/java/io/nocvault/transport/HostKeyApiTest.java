package io.nocvault.transport;

import static io.nocvault.test.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.nocvault.drivers.CaptureException;
import io.nocvault.drivers.DeviceLogin;
import io.nocvault.drivers.DriverCatalog;
import io.nocvault.drivers.FailureKind;
import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import io.nocvault.simulator.SimulatedDevice;
import io.nocvault.simulator.Simulator;
import io.nocvault.test.NocVaultWebTest;
import io.nocvault.test.TestNocs;
import io.nocvault.test.TestPrincipals;
import java.time.Duration;
import java.util.UUID;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Host key pinning against the simulator and its review through {@code /api/v1/host-keys}: first use pins, a
 * rotated key is refused and announced once, accepting it lets connections through again, forgetting re-pins,
 * and the NOC scope and roles hold.
 */
@NocVaultWebTest
@RecordApplicationEvents
class HostKeyApiTest {

    static Simulator sim;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    DeviceCli cli;

    @Autowired
    DriverCatalog drivers;

    @Autowired
    TransportTimeouts timeouts;

    @Autowired
    ApplicationEvents events;

    TransportFixtures fixtures;
    long noc;
    AuthenticatedUser admin;
    AuthenticatedUser otherAdmin;
    AuthenticatedUser viewer;
    AuthenticatedUser operator;
    AuthenticatedUser head;

    @BeforeAll
    static void startSimulator() throws Exception {
        sim = Simulator.builder()
                .username("netops")
                .password("device-Pass-1")
                .enableSecret("enable-Secret-7")
                .configLines(20)
                .device("cisco_ios", "hk-ios-1")
                .device("arista_eos", "hk-eos-1")
                .start();
    }

    @AfterAll
    static void stopSimulator() {
        sim.close();
    }

    @BeforeEach
    void setUp() {
        fixtures = new TransportFixtures(context);
        TestNocs nocs = new TestNocs(jdbc);
        TestPrincipals users = new TestPrincipals(jdbc);
        noc = nocs.create("Keys");
        long other = nocs.create("Elsewhere");
        admin = users.create(Role.ADMIN);
        otherAdmin = users.create(Role.ADMIN);
        viewer = users.create(Role.VIEWER);
        operator = users.create(Role.OPERATOR);
        head = users.create(Role.HEAD_ADMIN);
        nocs.grant(admin.id(), noc);
        nocs.grant(viewer.id(), noc);
        nocs.grant(operator.id(), noc);
        nocs.grant(otherAdmin.id(), other);
    }

    DeviceAccess access(SimulatedDevice device, String subject) {
        SshEndpoint endpoint = new SshEndpoint(
                device.host(),
                device.port(),
                SshCredentials.password(device.username(), device.password()),
                subject,
                noc,
                device.hostname() + " (" + device.host() + ":" + device.port() + ")");
        DeviceLogin login = new DeviceLogin(device.username(), device.password(), device.enableSecret());
        return new DeviceAccess(endpoint, drivers.get(device.platform()), login, timeouts, null);
    }

    String probe(DeviceAccess access) {
        return cli.probe(access, null, StepListener.NONE);
    }

    static String subject() {
        return "device:test-" + UUID.randomUUID();
    }

    @Test
    void firstUsePinsARotatedKeyIsRefusedAndAnnouncedOnceAndAcceptingItLetsConnectionsThrough() throws Exception {
        SimulatedDevice device = sim.device("hk-ios-1");
        String subject = subject();
        DeviceAccess access = access(device, subject);
        String firstKey = KeyUtils.getFingerPrint(device.hostKey());
        probe(access);
        long id = fixtures.pinId(subject);
        mvc.perform(get("/api/v1/host-keys").param("nocId", String.valueOf(noc)).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.results[0].id").value(id))
                .andExpect(jsonPath("$.results[0].subject").value(subject))
                .andExpect(jsonPath("$.results[0].status").value("PINNED"))
                .andExpect(jsonPath("$.results[0].fingerprint").value(firstKey))
                .andExpect(jsonPath("$.results[0].nocName").value(new TestNocs(jdbc).name(noc)));

        device.rotateHostKey();
        String newKey = KeyUtils.getFingerPrint(device.hostKey());
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> probe(access))
                    .isInstanceOfSatisfying(
                            CaptureException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.HOST_KEY_MISMATCH));
        }
        assertThat(events.stream(HostKeyChanged.class).filter(e -> e.subject().equals(subject)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.nocId()).isEqualTo(noc);
                    assertThat(e.pinnedFingerprint()).isEqualTo(firstKey);
                    assertThat(e.presentedFingerprint()).isEqualTo(newKey);
                    assertThat(e.at()).isNotNull();
                    assertThat(e.label()).contains("hk-ios-1");
                });
        mvc.perform(get("/api/v1/host-keys/{id}", id).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CHANGED"))
                .andExpect(jsonPath("$.fingerprint").value(firstKey))
                .andExpect(jsonPath("$.offeredFingerprint").value(newKey))
                .andExpect(jsonPath("$.offeredAt").exists());

        mvc.perform(post("/api/v1/host-keys/{id}/accept", id)
                        .with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fingerprint\":\"" + newKey + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PINNED"))
                .andExpect(jsonPath("$.fingerprint").value(newKey))
                .andExpect(jsonPath("$.offeredFingerprint").doesNotExist());
        assertThat(events.stream(HostKeyAccepted.class).filter(e -> e.subject().equals(subject)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.origin().actor()).isEqualTo(admin.username());
                    assertThat(e.previousFingerprint()).isEqualTo(firstKey);
                    assertThat(e.fingerprint()).isEqualTo(newKey);
                    assertThat(e.nocId()).isEqualTo(noc);
                });
        assertThat(probe(access)).isEqualTo(device.hostname() + "#");
    }

    @Test
    void forgettingAPinLetsTheNextConnectionPinAfresh() throws Exception {
        SimulatedDevice device = sim.device("hk-eos-1");
        String subject = subject();
        DeviceAccess access = access(device, subject);
        probe(access);
        long id = fixtures.pinId(subject);

        mvc.perform(delete("/api/v1/host-keys/{id}", id).with(as(admin))).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/host-keys/{id}", id).with(as(admin))).andExpect(status().isNotFound());
        assertThat(events.stream(HostKeyForgotten.class).filter(e -> e.subject().equals(subject)))
                .singleElement()
                .satisfies(e -> assertThat(e.origin().actor()).isEqualTo(admin.username()));

        device.rotateHostKey();
        probe(access);
        assertThat(fixtures.fingerprints(subject)).containsExactly(KeyUtils.getFingerPrint(device.hostKey()), null);
    }

    @Test
    void acceptingNeedsAnOfferedKeyAndTheOneThatWasReviewed() throws Exception {
        String subject = subject();
        long pinned = fixtures.pin(subject, noc, "steady", TransportFixtures.fakeFingerprint(), null);
        mvc.perform(post("/api/v1/host-keys/{id}/accept", pinned).with(as(admin)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("The host key of steady has not changed: nothing to accept"));

        String offered = TransportFixtures.fakeFingerprint();
        long changed = fixtures.pin(subject(), noc, "rotated", TransportFixtures.fakeFingerprint(), offered);
        mvc.perform(post("/api/v1/host-keys/{id}/accept", changed)
                        .with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fingerprint\":\"SHA256:something-else\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("fingerprint"));
        mvc.perform(get("/api/v1/host-keys/{id}", changed).with(as(admin)))
                .andExpect(jsonPath("$.status").value("CHANGED"));
        mvc.perform(post("/api/v1/host-keys/{id}/accept", changed).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fingerprint").value(offered));
    }

    @Test
    void otherNocsPinsAreNotFoundAndOnlyAdminsReview() throws Exception {
        String subject = subject();
        long id = fixtures.pin(subject, noc, "scoped", TransportFixtures.fakeFingerprint(), "SHA256:offered");
        long global = fixtures.pin(subject(), null, "no noc", TransportFixtures.fakeFingerprint(), null);

        mvc.perform(get("/api/v1/host-keys/{id}", id).with(as(otherAdmin))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/host-keys/{id}/accept", id).with(as(otherAdmin)))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/host-keys/{id}", id).with(as(otherAdmin))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/host-keys").param("limit", "1000").with(as(otherAdmin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[?(@.id == " + id + ")]").isEmpty());
        mvc.perform(get("/api/v1/host-keys/{id}", global).with(as(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/host-keys/{id}", global).with(as(head))).andExpect(status().isOk());

        for (AuthenticatedUser weak : new AuthenticatedUser[] {viewer, operator}) {
            mvc.perform(get("/api/v1/host-keys").with(as(weak))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/host-keys/{id}", id).with(as(weak))).andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/host-keys/{id}/accept", id).with(as(weak)))
                    .andExpect(status().isForbidden());
            mvc.perform(delete("/api/v1/host-keys/{id}", id).with(as(weak))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/host-keys/{id}", id).with(as(head)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.target").value("scoped"));
        assertThat(fixtures.fingerprints(subject)[1]).isEqualTo("SHA256:offered");
    }

    @Test
    void aDeletedNocTakesItsPinsAlong() {
        long doomed = new TestNocs(jdbc).create("Doomed");
        fixtures.pin("jump:" + doomed, doomed, "jump server of Doomed", TransportFixtures.fakeFingerprint(), null);
        fixtures.pin(subject(), doomed, "device of Doomed", TransportFixtures.fakeFingerprint(), "SHA256:x");
        fixtures.pin(subject(), noc, "survivor", TransportFixtures.fakeFingerprint(), null);

        fixtures.deleteNoc(doomed);

        await().atMost(Duration.ofSeconds(10)).until(() -> fixtures.pinsOf(doomed) == 0);
        assertThat(fixtures.pinsOf(noc)).isEqualTo(1);
    }

    @Test
    void listsChangedKeysFirstAndRefusesBadFilters() throws Exception {
        fixtures.pin(subject(), noc, "a pinned", TransportFixtures.fakeFingerprint(), null);
        fixtures.pin(subject(), noc, "z changed", TransportFixtures.fakeFingerprint(), "SHA256:new");
        mvc.perform(get("/api/v1/host-keys").param("nocId", String.valueOf(noc)).with(as(admin)))
                .andExpect(jsonPath("$.count").value(2))
                .andExpect(jsonPath("$.results[0].target").value("z changed"))
                .andExpect(jsonPath("$.results[1].target").value("a pinned"));
        mvc.perform(get("/api/v1/host-keys")
                        .param("nocId", String.valueOf(noc))
                        .param("status", "pinned")
                        .with(as(admin)))
                .andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.results[0].status").value("PINNED"));

        mvc.perform(get("/api/v1/host-keys").param("status", "BROKEN").with(as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/v1/host-keys").param("nocId", "east").with(as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nocId"));
    }
}
