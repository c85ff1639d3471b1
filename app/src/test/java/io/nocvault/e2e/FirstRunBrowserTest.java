package io.nocvault.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.nocvault.test.Browser;
import io.nocvault.test.IsolatedDatabaseCustomizerFactory;
import io.nocvault.test.NocVaultTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a new installation's first user does, in a real headless Chromium against a real server: log in with the
 * bootstrap password, be forced to change it, create a NOC, create an operator, grant him the NOC, log in as the
 * operator, who sees that NOC, and switch to the dark theme. Screenshots of every step go to
 * {@code target/screenshots/first-run-*.png}. The only test of its context that logs in as {@code head_admin}.
 */
@NocVaultTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FirstRunBrowserTest {

    static final String NEW_ADMIN_PASSWORD = "Browser-Admin-Pass-2";
    static final String OPERATOR_PASSWORD = "Browser-Operator-Pass-3";

    @LocalServerPort
    int port;

    @Test
    void firstLoginToDarkModeOperator() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String nocName = "Frankfurt <b>" + suffix + "</b>";
        String operator = "operator_" + suffix;
        try (Browser browser = Browser.open(port)) {
            try {
                walk(browser, suffix, nocName, operator);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("first-run-failed");
                throw new AssertionError("at " + browser.path() + ": " + browser.text("body"), e);
            }
        }
    }

    private void walk(Browser browser, String suffix, String nocName, String operator) {
        {
            login(browser, "head_admin", IsolatedDatabaseCustomizerFactory.ADMIN_PASSWORD);
            browser.waitForPath("/account/password");
            assertThat(browser.text("#password-required")).contains("new password");
            browser.screenshot("first-run-1-forced-change");
            browser.go("/nocs").waitForPath("/account/password");
            changePassword(browser, IsolatedDatabaseCustomizerFactory.ADMIN_PASSWORD, NEW_ADMIN_PASSWORD);

            browser.go("/nocs/new").type("#name", nocName).type("#location", "Hall 3");
            browser.screenshot("first-run-2-new-noc");
            browser.click("#save-noc");
            browser.driver().findElement(By.tagName("h1"));
            assertThat(browser.path()).matches("/nocs/\\d+");
            String nocId = browser.path().substring("/nocs/".length());
            assertThat(browser.driver().getPageSource()).contains("Frankfurt &lt;b&gt;");

            browser.go("/users/new")
                    .type("#username", operator)
                    .type("#fullName", "Olga Operator")
                    .type("#email", operator + "@example.com")
                    .type("#password", OPERATOR_PASSWORD);
            new Select(browser.find("#role")).selectByValue("OPERATOR");
            browser.screenshot("first-run-3-new-operator");
            browser.click("form button[type=submit].primary");
            browser.waitForText("h1", operator);
            String userPath = browser.path();
            assertThat(userPath).matches("/users/\\d+");

            browser.go(userPath + "/nocs");
            browser.click("input[name=nocIds][value='" + nocId + "']");
            browser.click("#save-access");
            browser.waitForText(".flash.success", "Saved the NOC access");
            browser.screenshot("first-run-4-granted");

            browser.click("#recent-actions-btn");
            browser.waitForText("#recent-actions", operator);
            assertThat(browser.text("#recent-actions")).contains(suffix);
            browser.screenshot("first-run-5-recent-actions");
            logout(browser);

            // a password set by an administrator must be changed at the first login
            login(browser, operator, OPERATOR_PASSWORD);
            browser.waitForPath("/account/password");
            changePassword(browser, OPERATOR_PASSWORD, OPERATOR_PASSWORD + "-own");
            browser.waitForText("#user-menu-btn", operator);
            browser.go("/nocs");
            assertThat(browser.text("main")).contains("Frankfurt <b>" + suffix + "</b>");
            assertThat(browser.all("a[href='/users']"))
                    .as("no user management for operators")
                    .isEmpty();
            browser.screenshot("first-run-6-operator-light");

            browser.go("/account");
            new Select(browser.find("#theme")).selectByValue("dark");
            browser.click("#preferences-form button[type=submit]");
            browser.waitForText(".flash.success", "Preferences saved");
            browser.go("/nocs");
            assertThat(browser.find("html").getAttribute("data-theme")).isEqualTo("dark");
            assertThat(browser.find("body").getCssValue("background-color")).isEqualTo("rgba(13, 17, 23, 1)");
            browser.screenshot("first-run-7-operator-dark");
        }
    }

    private static void login(Browser browser, String username, String password) {
        browser.go("/login")
                .type("#username", username)
                .type("#password", password)
                .click("#login-btn");
    }

    private static void changePassword(Browser browser, String current, String next) {
        browser.type("#currentPassword", current)
                .type("#newPassword", next)
                .type("#confirmPassword", next)
                .click("#password-form button[type=submit]")
                .waitForPath("/account");
    }

    private static void logout(Browser browser) {
        browser.click("#user-menu-btn").click("#logout-btn").waitForPath("/login");
    }
}
