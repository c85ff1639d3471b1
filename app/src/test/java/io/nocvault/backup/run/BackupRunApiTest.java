package io.nocvault.backup.run;

import static io.nocvault.test.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.nocvault.backup.RunReport;
import io.nocvault.backup.RunStatus;
import io.nocvault.backup.RunTarget;
import io.nocvault.common.Origin;
import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import io.nocvault.simulator.Simulator;
import io.nocvault.test.NocVaultWebTest;
import io.nocvault.test.TestPrincipals;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The run API and pages: triggering (operators, within their NOCs), scoping (another NOC's run is 404, a run over
 * several NOCs shows only the caller's devices and counts), live events, and runs cut off by a stop.
 */
@NocVaultWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRunApiTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    RunFixture fixture;
    Simulator sim;
    long nocA;
    long nocB;
    long a1;
    long a2;
    long b1;
    long mixedRun;
    long onlyBRun;
    AuthenticatedUser operatorA;
    AuthenticatedUser viewerA;

    @BeforeAll
    void start() throws Exception {
        RequestContextHolder.resetRequestAttributes();
        fixture = new RunFixture(context);
        sim = Simulator.builder()
                .password("device-Pass-3")
                .configLines(60)
                .device("cisco_ios", "api-a1")
                .device("arista_eos", "api-a2")
                .device("juniper_junos", "api-b1")
                .start();
        nocA = fixture.nocs.create("Runs A");
        nocB = fixture.nocs.create("Runs B");
        a1 = fixture.device(nocA, sim.device("api-a1"));
        a2 = fixture.device(nocA, sim.device("api-a2"));
        b1 = fixture.device(nocB, sim.device("api-b1"));
        mixedRun = fixture.runs.start(RunTarget.devices(List.of(a1, a2, b1)), Origin.system());
        fixture.await(mixedRun, Duration.ofSeconds(60));
        onlyBRun = fixture.runs.start(RunTarget.devices(List.of(b1)), Origin.system());
        fixture.await(onlyBRun, Duration.ofSeconds(60));
        TestPrincipals principals = new TestPrincipals(fixture.jdbc);
        operatorA = principals.create(Role.OPERATOR);
        viewerA = principals.create(Role.VIEWER);
        fixture.nocs.grant(operatorA.id(), nocA);
        fixture.nocs.grant(viewerA.id(), nocA);
    }

    @BeforeEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @AfterAll
    void stop() {
        sim.close();
    }

    @Test
    void aRunOverSeveralNocsShowsOnlyTheCallersDevicesAndCounts() throws Exception {
        mvc.perform(get("/api/v1/backups/runs/{id}", mixedRun).with(as(viewerA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FINISHED"))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.stored").value(2))
                .andExpect(jsonPath("$.devices[*].hostname", containsInAnyOrder("api-a1", "api-a2")));
        mvc.perform(get("/api/v1/backups/runs/{id}", onlyBRun).with(as(viewerA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/backups/runs").with(as(viewerA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[*].id", hasItem((int) mixedRun)))
                .andExpect(jsonPath("$.results[*].id", not(hasItem((int) onlyBRun))))
                .andExpect(jsonPath("$.results[0].devices").isEmpty());
        mvc.perform(post("/api/v1/backups/runs/{id}/cancel", onlyBRun).with(as(operatorA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/backups/runs/{id}/events", onlyBRun).with(as(operatorA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/backups/runs").param("status", "bogus").with(as(viewerA)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void operatorsTriggerRunsOfTheirNocsOnly() throws Exception {
        mvc.perform(post("/api/v1/backups/trigger")
                        .with(as(viewerA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nocId\":" + nocA + "}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/backups/trigger")
                        .with(as(operatorA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"deviceIds\":[" + b1 + "]}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/backups/trigger")
                        .with(as(operatorA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nocId\":" + nocA + ", \"all\": true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("target"));
        String body = mvc.perform(post("/api/v1/backups/trigger")
                        .with(as(operatorA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"all\": true}"))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long runId = Long.parseLong(body.replaceAll("\\D", ""));
        RunReport run = fixture.await(runId, Duration.ofSeconds(60));
        assertThat(run.startedBy()).isEqualTo(operatorA.username());
        assertThat(run.devices()).extracting(RunReport.DeviceResult::deviceId).containsExactlyInAnyOrder(a1, a2);
        assertThat(run.unchanged()).isEqualTo(2);
    }

    @Test
    void liveEventsGiveTheSnapshotAndTheEndOfTheCallersPart() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/backups/runs/{id}/events", mixedRun)
                        .with(as(viewerA))
                        .accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(request().asyncStarted())
                .andReturn();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> result.getResponse().getContentAsString().contains("event:finished"));
        String events = result.getResponse().getContentAsString();
        assertThat(events).contains("event:snapshot", "api-a1", "\"total\":2").doesNotContain("api-b1");
    }

    @Test
    void pagesShowTheCallersDevicesAndRuns() throws Exception {
        mvc.perform(get("/backups").with(as(operatorA)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("api-a1")))
                .andExpect(content().string(not(org.hamcrest.Matchers.containsString("api-b1"))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Back up selected")));
        mvc.perform(get("/backups").with(as(viewerA)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(org.hamcrest.Matchers.containsString("Back up selected"))));
        mvc.perform(get("/backups/runs").with(as(operatorA))).andExpect(status().isOk());
        mvc.perform(get("/backups/runs/{id}", mixedRun).with(as(operatorA)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("api-a2")))
                .andExpect(content().string(not(org.hamcrest.Matchers.containsString("api-b1"))));
        mvc.perform(get("/backups/runs/{id}", onlyBRun).with(as(operatorA))).andExpect(status().isNotFound());
        mvc.perform(get("/backups/runs/{id}/report", mixedRun).with(as(operatorA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2));
    }

    @Test
    void runsCutOffByAStopAreMarkedInterruptedAtStart() {
        long runId = fixture.context().getBean(RunRows.class).insertRun("1 device", "system", 1, Instant.now());
        fixture.jdbc
                .sql("""
                        insert into backup_run_devices (run_id, device_id, noc_id, hostname, device_type, outcome)
                        values (:run, :device, :noc, 'api-a1', 'cisco_ios', 'PENDING')
                        """)
                .param("run", runId)
                .param("device", a1)
                .param("noc", nocA)
                .update();

        context.getBean(RunRecovery.class).markInterrupted();

        RunReport run = fixture.runs.find(runId).orElseThrow();
        assertThat(run.status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(run.skipped()).isEqualTo(1);
        assertThat(run.devices().getFirst().error()).contains("stopped");
    }
}
