package io.nocvault.backup.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.nocvault.backup.BackupVersion;
import io.nocvault.backup.VersionStore;
import io.nocvault.common.Origin;
import io.nocvault.identity.Role;
import io.nocvault.inventory.DeviceProvisioning;
import io.nocvault.inventory.NewDevice;
import io.nocvault.test.Browser;
import io.nocvault.test.NocVaultTest;
import io.nocvault.test.TestNocs;
import io.nocvault.test.TestUser;
import io.nocvault.test.TestUsers;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real Chromium against the running application: log in, open a device's history, tick two versions, compare
 * them side by side (highlighted change, secrets masked), switch to the unified view. Screenshots:
 * {@code target/screenshots/backup-history.png}, {@code compare-side-by-side.png}, {@code compare-unified.png}.
 */
@NocVaultTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CompareBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VersionStore store;

    @Autowired
    DeviceProvisioning provisioning;

    static String config(String description) {
        StringBuilder text = new StringBuilder("hostname br-sw1\nenable secret 5 $1$SECRETSALT$hash\n!\n");
        for (int i = 1; i <= 40; i++) {
            text.append("interface Gi0/")
                    .append(i)
                    .append("\n description ")
                    .append(i == 7 ? description : "access port " + i)
                    .append("\n!\n");
        }
        return text.append("end\n").toString();
    }

    @Test
    void comparesTwoVersionsFromTheHistorySideBySide() {
        TestNocs nocs = new TestNocs(jdbc);
        long noc = nocs.create("Browser");
        TestUsers users = new TestUsers(context);
        TestUser operator = users.create(Role.OPERATOR);
        nocs.grant(operator.id(), noc);
        long device = provisioning
                .create(
                        new NewDevice(
                                "br-sw1-" + UUID.randomUUID().toString().substring(0, 6),
                                "127.0.0.1",
                                2222,
                                noc,
                                "cisco_ios",
                                "ops",
                                "pw-Device-1",
                                null,
                                Set.of(),
                                null,
                                true),
                        Origin.system())
                .id();
        Instant t0 = Instant.parse("2025-09-01T02:00:00Z");
        BackupVersion v1 = store.record(device, noc, config("printer"), config("printer"), null, t0)
                .version();
        store.record(device, noc, config("printer 2"), config("printer 2"), null, t0.plusSeconds(86400));
        BackupVersion v3 = store.record(
                        device, noc, config("camera"), config("camera"), null, t0.plusSeconds(2 * 86400))
                .version();

        try (Browser browser = Browser.open(port)) {
            browser.go("/login")
                    .type("#username", operator.username())
                    .type("#password", operator.password())
                    .click("#login-btn");
            browser.go("/backups/devices/" + device);
            browser.find("#versions-table");
            assertThat(browser.all("#versions-table tbody tr")).hasSize(3);
            browser.click("#version-" + v3.id() + " .version-pick").click("#version-" + v1.id() + " .version-pick");
            browser.screenshot("backup-history");
            browser.click("#compare-selected").waitForPath("/compare/" + v1.id() + "/" + v3.id());
            assertThat(browser.text(".cmp-sbs .cmp-changed .cmp-right .cmp-hl")).isEqualTo("camera");
            assertThat(browser.text(".cmp-summary")).contains("~1 changed");
            assertThat(browser.driver().getPageSource()).doesNotContain("SECRETSALT");
            browser.screenshot("compare-side-by-side");
            browser.click("#view-unified");
            browser.find(".cmp-unified");
            browser.screenshot("compare-unified");
        }
    }
}
