package io.nocvault.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.nocvault.identity.Role;
import io.nocvault.test.Browser;
import io.nocvault.test.TestNocs;
import io.nocvault.test.TestUser;
import io.nocvault.test.TestUsers;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A schedule created in a real Chromium: log in, open the form, switch to weekly (the form shows the day of the
 * week), see a live error for a bad time that comes back late while the user already types the fix (the input keeps
 * the text and focus), see a late answer to an older edit dropped, save, find the schedule in the list. Screenshots under
 * {@code target/screenshots/schedule-*.png}.
 */
class ScheduleBrowserTest {

    /** A bad time whose live check the server answers late. */
    static final String SLOW_TIME = "25:00";

    @Test
    void anAdminCreatesAWeeklyScheduleInTheBrowser() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String url = "jdbc:h2:mem:browser" + id
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Path dataDir = Path.of("target", "test-data", "browser-" + id).toAbsolutePath();
        try (ConfigurableApplicationContext node = TestNode.start("browser", url, "sa", dataDir, SlowChecks.class);
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
            lateAnswerKeepsWhatTheUserTypes(browser);
            olderEditsAreAbortedByNewerOnes(browser);
            browser.screenshot("schedule-form-valid");
            browser.click("#save-schedule");
            browser.waitForPath("/schedules");
            browser.waitForText("#schedule-table", name);
            String row = browser.text("#schedule-table");
            assertThat(row).contains(name, "weekly on Friday at 03:15", "Europe/Berlin", "NOC " + nocs.name(noc));
            Path shot = browser.screenshot("schedule-list");
            assertThat(Files.exists(shot)).isTrue();
        }
    }

    /**
     * The check of "25:00" comes back late; meanwhile the user goes back to the field and types again. The answer
     * shows the error of that edit but leaves the input (text and focus) alone; the next edit clears the error.
     */
    static void lateAnswerKeepsWhatTheUserTypes(Browser browser) {
        int before = SlowChecks.STARTED.get();
        retype(browser, "#time", SLOW_TIME);
        browser.find("h1").click();
        awaitSlowCheck(before);
        WebElement time = retype(browser, "#time", "03:1");
        browser.waitForText("#time-error", "Enter the time as hh:mm");
        browser.screenshot("schedule-form-error");
        assertThat(time.getDomProperty("value")).isEqualTo("03:1");
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id"))
                .isEqualTo("time");

        time.sendKeys("5");
        browser.find("h1").click();
        settle(browser);
        // on a loaded machine the answer to the last edit can come after the settle pause
        Await.until(
                "the time error to clear",
                Duration.ofSeconds(10),
                () -> browser.all(".field-error").isEmpty());
        assertThat(time.getDomProperty("value")).isEqualTo("03:15");
    }

    /**
     * The slow check of an older edit is aborted once a newer edit is checked: its error never shows, not even for a
     * moment after the newer answer (as it would if the newer check waited for it).
     */
    static void olderEditsAreAbortedByNewerOnes(Browser browser) {
        int before = SlowChecks.STARTED.get();
        retype(browser, "#time", SLOW_TIME);
        browser.find("h1").click();
        awaitSlowCheck(before);
        retype(browser, "#time", "03:15");
        browser.find("h1").click();
        long end = System.nanoTime() + SlowChecks.DELAY.plusMillis(700).toNanos();
        while (System.nanoTime() < end) {
            assertThat(browser.all(".field-error")).as("a stale error").isEmpty();
            Await.pause(Duration.ofMillis(10));
        }
        settle(browser);
        assertThat(browser.all(".field-error")).isEmpty();
        assertThat(browser.find("#time").getDomProperty("value")).isEqualTo("03:15");
    }

    /** Selects the field's text and types over it, as a user does (no clearing, so no change event of its own). */
    static WebElement retype(Browser browser, String css, String text) {
        WebElement field = browser.find(css);
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        return field;
    }

    /** Waits until the server has the slow check of {@link #SLOW_TIME} (sent 150 ms after the edit). */
    static void awaitSlowCheck(int before) {
        Await.until("the slow check to arrive", Duration.ofSeconds(10), () -> SlowChecks.STARTED.get() > before);
    }

    /** Waits until the live validation's request (after its 150 ms delay) has come back and been swapped in. */
    static void settle(Browser browser) {
        Await.pause(Duration.ofMillis(400));
        Await.until(
                "htmx to settle",
                Duration.ofSeconds(10),
                () -> browser.all(".htmx-request").isEmpty());
    }

    /**
     * The schedule test beans, and a server that answers the live check of {@link #SLOW_TIME} late, as a loaded
     * server answers an older edit after a newer one.
     */
    @TestConfiguration(proxyBeanMethods = false)
    @Import(ScheduleTestConfiguration.class)
    static class SlowChecks {

        static final Duration DELAY = Duration.ofMillis(1500);
        static final AtomicInteger STARTED = new AtomicInteger();

        @Bean
        FilterRegistrationBean<OncePerRequestFilter> slowTimeCheck() {
            FilterRegistrationBean<OncePerRequestFilter> registration =
                    new FilterRegistrationBean<>(new OncePerRequestFilter() {
                        @Override
                        protected void doFilterInternal(
                                HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                                throws ServletException, IOException {
                            if (SLOW_TIME.equals(request.getParameter("time"))) {
                                STARTED.incrementAndGet();
                                Await.pause(DELAY);
                            }
                            chain.doFilter(request, response);
                        }
                    });
            registration.addUrlPatterns("/schedules/check");
            return registration;
        }
    }
}
