package io.nocvault.noc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.nocvault.common.ConflictException;
import io.nocvault.common.Origin;
import io.nocvault.test.NocVaultTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.request.RequestContextHolder;

/** Creating NOCs without a request (as background work): the form's rules, the actor given, secrets sealed and never echoed. */
@NocVaultTest
class NocProvisioningTest {

    @Autowired
    NocProvisioning provisioning;

    @Autowired
    NocDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void runAsBackgroundWork() {
        // Spring's test listener binds a mock request to the test thread; without it the thread is background work
        RequestContextHolder.resetRequestAttributes();
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createsANocBehindAJumpServerAsTheSystemAndFindsItByNameIgnoringCase() {
        String name = unique("Provisioned");
        NocSummary created = provisioning.create(
                NewNoc.behindJumpServer(name, "made by a job", "Durban", "127.0.0.1", 2222, "hop", "Jump-Pass-9"),
                Origin.system());

        assertThat(created.name()).isEqualTo(name);
        assertThat(provisioning.findByName("  " + name.toUpperCase() + " ")).contains(created);
        assertThat(directory.jumpServer(created.id())).hasValueSatisfying(jump -> {
            assertThat(jump.host()).isEqualTo("127.0.0.1");
            assertThat(jump.port()).isEqualTo(2222);
            assertThat(jump.username()).isEqualTo("hop");
            assertThat(jump.password()).isEqualTo("Jump-Pass-9");
        });
        String sealed = jdbc.sql("select jump_password_sealed from nocs where id = :id")
                .param("id", created.id())
                .query(String.class)
                .single();
        assertThat(sealed).doesNotContain("Jump-Pass-9");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.sql(
                                        "select actor, detail from audit_entries where action = 'noc.created' and noc_id = :id")
                                .param("id", created.id())
                                .query()
                                .listOfRows())
                        .singleElement()
                        .satisfies(row -> assertThat(Map.copyOf(row))
                                .containsEntry("actor", "system")
                                .containsEntry("detail", "jump server 127.0.0.1:2222")));
    }

    @Test
    void aDirectNocHasNoJumpServerAndAnUnknownNameIsNotFound() {
        NocSummary created = provisioning.create(NewNoc.direct(unique("Direct"), null, null), Origin.system());

        assertThat(directory.find(created.id())).contains(created);
        assertThat(directory.jumpServer(created.id())).isEmpty();
        assertThat(provisioning.findByName(unique("Nowhere"))).isEmpty();
        assertThat(provisioning.findByName(" ")).isEmpty();
    }

    @Test
    void refusesADuplicateNameIgnoringCase() {
        String name = unique("Twice");
        provisioning.create(NewNoc.direct(name, null, null), Origin.system());

        assertThatThrownBy(() -> provisioning.create(NewNoc.direct(name.toLowerCase(), null, null), Origin.system()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already exists");
    }

    @Test
    void appliesTheFormRulesAndNeverEchoesTheSecret() {
        String name = unique("Broken");
        NewNoc noUser = new NewNoc(name, null, null, "jump.example.net", 22, null, "Secret-Jump-1", null);
        NewNoc badPort = NewNoc.behindJumpServer(name, null, null, "jump.example.net", 70000, "u", "Secret-Jump-1");
        NewNoc noHost = new NewNoc(name, null, null, null, null, "u", "Secret-Jump-1", null);
        NewNoc noName = NewNoc.direct(" ", null, null);

        assertThatThrownBy(() -> provisioning.create(noUser, Origin.system()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jumpUsername: Enter the username for the jump server")
                .hasMessageNotContaining("Secret-Jump-1");
        assertThatThrownBy(() -> provisioning.create(badPort, Origin.system()))
                .hasMessageContaining("jumpPort: Enter a port between 1 and 65535");
        assertThatThrownBy(() -> provisioning.create(noHost, Origin.system())).hasMessageContaining("jumpHost:");
        assertThatThrownBy(() -> provisioning.create(noName, Origin.system()))
                .hasMessageContaining("name: Enter a name");
        assertThat(provisioning.findByName(name)).isEmpty();
        assertThat(noUser.toString()).doesNotContain("Secret-Jump-1");
    }
}
