package io.nocvault.backup;

import static io.nocvault.backup.StoreFixture.config;
import static io.nocvault.backup.StoreFixture.newDeviceId;
import static io.nocvault.backup.StoreFixture.text;
import static io.nocvault.test.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.nocvault.backup.store.PackBlobStore;
import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import io.nocvault.test.NocVaultWebTest;
import io.nocvault.test.TestPrincipals;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Verifying the whole store on demand ({@code /api/v1/backups/scrub} and the store page's card): head admins only,
 * in the background, reporting the flipped byte it finds and audited.
 */
@NocVaultWebTest
@RecordApplicationEvents
class FullScrubApiTest {

    static final Instant T0 = Instant.parse("2025-06-01T02:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    VersionStore versions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PackBlobStore blobs;

    @Autowired
    ApplicationEvents events;

    StoreFixture fixture;
    long noc;
    AuthenticatedUser head;
    AuthenticatedUser admin;

    @BeforeEach
    void setUp() {
        RequestContextHolder.resetRequestAttributes();
        fixture = new StoreFixture(jdbc, blobs);
        noc = fixture.nocs.create("Full scrub");
        TestPrincipals principals = new TestPrincipals(jdbc);
        head = principals.create(Role.HEAD_ADMIN);
        admin = principals.create(Role.ADMIN);
        fixture.nocs.grant(admin.id(), noc);
    }

    BackupVersion store(long seed) {
        String raw = text(config(60, seed));
        return versions.record(newDeviceId(), noc, raw, raw, null, T0).version();
    }

    @Test
    void aHeadAdminVerifiesEveryVersionInTheBackgroundAndSeesTheCorruptOne() throws Exception {
        BackupVersion intact = store(11);
        BackupVersion damaged = store(12);
        fixture.tamper(damaged.blobId());

        mvc.perform(post("/api/v1/backups/scrub").with(as(admin))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/backups/scrub").with(as(head)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.running").value(true));

        String state = awaitFinished();
        List<Integer> corrupt = JsonPath.read(state, "$.corruptVersionIds");
        assertThat(corrupt).contains((int) damaged.id()).doesNotContain((int) intact.id());
        int checked = JsonPath.read(state, "$.checked");
        assertThat(checked).isGreaterThanOrEqualTo(2);
        assertThat(events.stream(StoreScrubStarted.class)).hasSize(1);

        mvc.perform(get("/backups/store/scrub").with(as(head)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"scrub-result\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(">" + damaged.id() + "<")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"scrub-all\"")));
        mvc.perform(get("/backups/store/scrub").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"scrub-all\""))));
        mvc.perform(get("/api/v1/backups/scrub").with(as(admin))).andExpect(status().isForbidden());
    }

    private String awaitFinished() throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            String body = mvc.perform(get("/api/v1/backups/scrub").with(as(head)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            if (!(Boolean) JsonPath.read(body, "$.running")) {
                return body;
            }
            assertThat(System.nanoTime())
                    .as("the scrub finishes within a minute")
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
