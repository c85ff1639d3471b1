package io.nocvault.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.nocvault.identity.Role;
import io.nocvault.test.Browser;
import io.nocvault.test.TestNocs;
import io.nocvault.test.TestUser;
import io.nocvault.test.TestUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A schedule created in a real Chromium: log in, open the form, switch to weekly (the form shows the day of the
 * week), see a live error for a bad time, fix it, save, find the schedule in the list. Screenshots under
 * {@code target/screenshots/schedule-*.png}.
 */
class ScheduleBrowserTest {

    @Test
    void anAdminCreatesAWeeklyScheduleInTheBrowser() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String url = "jdbc:h2:mem:browser" + id
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Path dataDir = Path.of("target", "test-data", "browser-" + id).toAbsolutePath();
        try (ConfigurableApplicationContext node =
                        TestNode.start("browser", url, "sa", dataDir, ScheduleTestConfiguration.class);
                Browser browser = Browser.open(TestNode.port(node))) {
            JdbcClient jdbc = node.getBean(JdbcClient.class);
            TestNocs nocs = new TestNocs(jdbc);
            long noc = nocs.create("Lab");
            TestUser admin = new TestUsers(node).create(Role.ADMIN, "sched");
            nocs.grant(admin.id(), noc);

            browser.go("/login").type("#username", admin.username()).type("#password", admin.password());
            browser.click("#login-btn");
            browser.go("/schedules").find("#new-schedule");
            browser.click("#new-schedule").find("#schedule-form");

            String name = "Weekly lab " + id;
            browser.type("#name", name);
            browser.find("h1").click();
            settle(browser);
            browser.type("#zone", "Europe/Berlin");
            browser.find("h1").click();
            settle(browser);
            browser.driver().findElement(By.id("target-noc-" + noc)).click();
            settle(browser);
            new Select(browser.find("#kind")).selectByValue("WEEKLY");
            browser.find("#dayOfWeek");
            settle(browser);
            new Select(browser.find("#dayOfWeek")).selectByValue("FRIDAY");
            settle(browser);
            browser.type("#time", "25:00");
            browser.find("h1").click();
            browser.waitForText("#schedule-form", "Enter the time as hh:mm");
            browser.screenshot("schedule-form-error");

            browser.type("#time", "03:15");
            browser.find("h1").click();
            settle(browser);
            // on a loaded machine the answer to the last edit can come after the settle pause
            Await.until(
                    "the time error to clear",
                    java.time.Duration.ofSeconds(10),
                    () -> browser.all(".field-error").isEmpty());
            browser.screenshot("schedule-form-valid");
            assertThat(browser.all(".field-error").stream().map(e -> e.getText()))
                    .isEmpty();
            browser.click("#save-schedule");
            browser.waitForPath("/schedules");
            browser.waitForText("#schedule-table", name);
            String row = browser.text("#schedule-table");
            assertThat(row).contains(name, "weekly on Friday at 03:15", "Europe/Berlin", "NOC " + nocs.name(noc));
            Path shot = browser.screenshot("schedule-list");
            assertThat(Files.exists(shot)).isTrue();
        }
    }

    /** Waits until the live validation's request (after its 150 ms delay) has come back and been swapped in. */
    static void settle(Browser browser) {
        Await.pause(java.time.Duration.ofMillis(400));
        Await.until(
                "htmx to settle",
                java.time.Duration.ofSeconds(10),
                () -> browser.all(".htmx-request").isEmpty());
    }
}
