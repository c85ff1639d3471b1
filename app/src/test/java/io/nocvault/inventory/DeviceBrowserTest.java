package io.nocvault.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.nocvault.identity.Role;
import io.nocvault.simulator.SimulatedDevice;
import io.nocvault.simulator.Simulator;
import io.nocvault.test.Browser;
import io.nocvault.test.NocVaultTest;
import io.nocvault.test.TestNocs;
import io.nocvault.test.TestUser;
import io.nocvault.test.TestUsers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real Chromium: an admin adds a device that is an in-process simulated Cisco IOS switch, tests its connection
 * (every step OK) and imports a CSV (two rows created, one reported). Screenshots under target/screenshots/.
 */
@NocVaultTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeviceBrowserTest {

    static Simulator sim;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startSimulator() throws Exception {
        sim = Simulator.builder()
                .username("netops")
                .password("device-Pass-1")
                .enableSecret("enable-Secret-7")
                .configLines(100)
                .device("cisco_ios", "lab-ios-01")
                .start();
    }

    @AfterAll
    static void stopSimulator() throws Exception {
        sim.close();
    }

    @Test
    void anAdminAddsADeviceTestsItsConnectionAndImportsACsv() throws Exception {
        TestNocs nocs = new TestNocs(jdbc);
        long noc = nocs.create("Browser");
        String nocName = nocs.name(noc);
        TestUser admin = new TestUsers(context).create(Role.HEAD_ADMIN, "devadmin");
        SimulatedDevice ios = sim.device("lab-ios-01");
        try (Browser browser = Browser.open(port)) {
            browser.go("/login")
                    .type("#username", admin.username())
                    .type("#password", TestUsers.PASSWORD)
                    .click("#login-btn");
            browser.waitForPath("/");

            browser.go("/devices/new");
            browser.type("#hostname", "lab-ios-01")
                    .type("#address", ios.host())
                    .type("#port", String.valueOf(ios.port()))
                    .type("#username", ios.username())
                    .type("#password", ios.password())
                    .type("#enableSecret", ios.enableSecret())
                    .type("#tags", "lab core");
            new Select(browser.find("#nocId")).selectByValue(String.valueOf(noc));
            new Select(browser.find("#deviceType")).selectByValue("cisco_ios");
            browser.screenshot("inventory-device-form");
            browser.click("#save-device");
            browser.find("#device-detail");
            assertThat(browser.path()).matches("/devices/\\d+");
            assertThat(browser.text("#device-address")).isEqualTo(ios.host() + ":" + ios.port());

            browser.click("#test-connection");
            browser.waitForText("#device-test-report", "OK");
            String steps = browser.text("#device-test-steps");
            assertThat(steps).contains("TCP connect", "SSH handshake", "Authentication", "Prompt and enable");
            assertThat(browser.all("#device-test-steps .badge.bad")).isEmpty();
            browser.screenshot("inventory-device-test");

            Path csv = Files.createTempFile("devices", ".csv");
            Files.writeString(
                    csv,
                    "hostname,address,port,noc,device_type,username,password,enable_secret,tags,description,enabled\n"
                            + "csv-sw-01,127.0.0.1,40001," + nocName + ",cisco_ios,u,p,,csv,,true\n"
                            + "csv-sw-02,127.0.0.1,40002," + nocName + ",arista_eos,u,p,,csv,,true\n"
                            + "csv-sw-03,127.0.0.1,abc," + nocName + ",cisco_ios,u,p,,csv,,true\n",
                    StandardCharsets.UTF_8);
            browser.go("/devices/import");
            browser.find("#file").sendKeys(csv.toAbsolutePath().toString());
            browser.click("#import-submit");
            browser.waitForText("#import-created", "2");
            assertThat(browser.text("#import-errors")).contains("4").contains("port");
            browser.screenshot("inventory-import");
            Files.delete(csv);

            browser.go("/devices?nocId=" + noc);
            assertThat(browser.all("#device-table tbody tr")).hasSize(3);
            assertThat(browser.driver().findElement(By.id("device-table")).getText())
                    .contains("lab-ios-01", "csv-sw-01", "csv-sw-02");
            browser.screenshot("inventory-list");
        }
    }
}
