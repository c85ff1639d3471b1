package io.nocvault.transport;

import static io.nocvault.test.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import io.nocvault.simulator.Simulator;
import io.nocvault.test.NocVaultWebTest;
import io.nocvault.test.TestNocs;
import io.nocvault.test.TestPrincipals;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Test jump server" of a NOC, API ({@code POST /api/v1/nocs/{id}/test}) and the button on the NOC page, against
 * the simulator's jump host: success, wrong password, no jump server, changed host key, roles and scope.
 */
@NocVaultWebTest
@RecordApplicationEvents
class JumpServerTestApiTest {

    static final String JUMP_PASSWORD = "jump-Pass-" + System.nanoTime();
    static Simulator sim;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationEvents events;

    TransportFixtures fixtures;
    TestNocs nocs;
    long jumpNoc;
    AuthenticatedUser operator;
    AuthenticatedUser viewer;
    AuthenticatedUser stranger;

    @BeforeAll
    static void startSimulator() throws Exception {
        sim = Simulator.builder()
                .device("cisco_ios", "jt-ios-1")
                .jumpHost("jumper", JUMP_PASSWORD)
                .start();
    }

    @AfterAll
    static void stopSimulator() {
        sim.close();
    }

    @BeforeEach
    void setUp() {
        fixtures = new TransportFixtures(context);
        nocs = new TestNocs(jdbc);
        TestPrincipals users = new TestPrincipals(jdbc);
        jumpNoc = fixtures.jumpNoc("Jumped", sim.jumpPort(), "jumper", JUMP_PASSWORD);
        operator = users.create(Role.OPERATOR);
        viewer = users.create(Role.VIEWER);
        stranger = users.create(Role.ADMIN);
        nocs.grant(operator.id(), jumpNoc);
        nocs.grant(viewer.id(), jumpNoc);
    }

    long grantedToOperator(long nocId) {
        nocs.grant(operator.id(), nocId);
        return nocId;
    }

    @Test
    void reportsEveryStepOfReachingTheJumpServerAndAuditsTheTest() throws Exception {
        mvc.perform(post("/api/v1/nocs/{id}/test", jumpNoc).with(as(operator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ok").value(true))
                .andExpect(jsonPath("$.steps[*].step")
                        .value(org.hamcrest.Matchers.contains(
                                "DNS lookup", "TCP connect", "SSH handshake", "Host key", "Authentication")))
                .andExpect(jsonPath("$.steps[*].ok")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(true))))
                .andExpect(jsonPath("$.steps[0].millis").isNumber())
                .andExpect(jsonPath("$.steps[0].error").doesNotExist());
        assertThat(events.stream(JumpServerTested.class).filter(e -> e.nocId() == jumpNoc))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.success()).isTrue();
                    assertThat(e.origin().actor()).isEqualTo(operator.username());
                    assertThat(e.target()).contains("127.0.0.1:" + sim.jumpPort());
                });
        assertThat(fixtures.fingerprints("jump:" + jumpNoc)[0])
                .isEqualTo(org.apache.sshd.common.config.keys.KeyUtils.getFingerPrint(sim.jumpHostKey()));
    }

    @Test
    void aWrongPasswordFailsAtAuthenticationWithoutShowingIt() throws Exception {
        long bad = grantedToOperator(fixtures.jumpNoc("Bad", sim.jumpPort(), "jumper", "wrong-Secret-42"));
        String body = mvc.perform(post("/api/v1/nocs/{id}/test", bad).with(as(operator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ok").value(false))
                .andExpect(jsonPath("$.steps[-1].step").value("Authentication"))
                .andExpect(jsonPath("$.steps[-1].ok").value(false))
                .andExpect(jsonPath("$.steps[-1].error").value(containsString("Authentication failed")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).doesNotContain("wrong-Secret-42");
        assertThat(events.stream(JumpServerTested.class).filter(e -> e.nocId() == bad))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.success()).isFalse();
                    assertThat(e.detail()).contains("Authentication failed").doesNotContain("wrong-Secret-42");
                });
    }

    @Test
    void aNocWithoutJumpServerIsAConflict() throws Exception {
        long direct = grantedToOperator(nocs.create("Direct"));
        mvc.perform(post("/api/v1/nocs/{id}/test", direct).with(as(operator)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("has no jump server")));
    }

    @Test
    void aChangedJumpServerKeyIsRefusedBeforeAuthentication() throws Exception {
        long rekeyed = grantedToOperator(fixtures.jumpNoc("Rekeyed", sim.jumpPort(), "jumper", JUMP_PASSWORD));
        String pinned = TransportFixtures.fakeFingerprint();
        fixtures.pin("jump:" + rekeyed, rekeyed, "jump server of Rekeyed", pinned, null);

        mvc.perform(post("/api/v1/nocs/{id}/test", rekeyed).with(as(operator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ok").value(false))
                .andExpect(jsonPath("$.steps[-1].step").value("Host key"))
                .andExpect(jsonPath("$.steps[-1].error").value(containsString("Host key mismatch")))
                .andExpect(jsonPath("$.steps[*].step").value(not(org.hamcrest.Matchers.hasItem("Authentication"))));
        mvc.perform(post("/api/v1/nocs/{id}/test", rekeyed).with(as(operator)))
                .andExpect(jsonPath("$.ok").value(false));
        assertThat(events.stream(HostKeyChanged.class).filter(e -> e.subject().equals("jump:" + rekeyed)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.nocId()).isEqualTo(rekeyed);
                    assertThat(e.pinnedFingerprint()).isEqualTo(pinned);
                });
    }

    @Test
    void viewersMayNotTestAndOtherNocsAreNotFound() throws Exception {
        mvc.perform(post("/api/v1/nocs/{id}/test", jumpNoc).with(as(viewer))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/nocs/{id}/test", jumpNoc).with(as(stranger))).andExpect(status().isNotFound());
        mvc.perform(post("/nocs/{id}/test-jump", jumpNoc).with(as(viewer)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/nocs/{id}/test-jump", jumpNoc).with(as(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(events.stream(JumpServerTested.class)).isEmpty();
    }

    @Test
    void theNocPageOffersTheTestToOperatorsAndShowsEachStep() throws Exception {
        mvc.perform(get("/nocs/{id}", jumpNoc).with(as(operator)))
                .andExpect(content().string(containsString("Test jump server")));
        mvc.perform(get("/nocs/{id}", jumpNoc).with(as(viewer)))
                .andExpect(content().string(not(containsString("Test jump server"))));
        long direct = grantedToOperator(nocs.create("Plain"));
        mvc.perform(get("/nocs/{id}", direct).with(as(operator)))
                .andExpect(content().string(not(containsString("Test jump server"))));

        String fragment = mvc.perform(post("/nocs/{id}/test-jump", jumpNoc)
                        .header("HX-Request", "true")
                        .with(as(operator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment)
                .contains("jump-test-steps", "DNS lookup", "Authentication", " ms", "OK")
                .doesNotContain("<html", JUMP_PASSWORD);

        mvc.perform(post("/nocs/{id}/test-jump", jumpNoc).with(as(operator)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("Jump server test")));
        mvc.perform(post("/nocs/{id}/test-jump", direct)
                        .header("HX-Request", "true")
                        .with(as(operator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has no jump server")));
    }
}
