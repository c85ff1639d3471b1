package io.nocvault.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.nocvault.identity.Role;
import io.nocvault.test.Browser;
import io.nocvault.test.NocVaultTest;
import io.nocvault.test.TestNocs;
import io.nocvault.test.TestUser;
import io.nocvault.test.TestUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard in a real Chromium: a viewer logs in, lands on the dashboard and its SVG charts render with real
 * sizes (bars, donut slices, trend columns, the storage fragment loaded by htmx), readable in the light and the dark
 * theme. Screenshots: {@code target/screenshots/dashboard-light.png} and {@code dashboard-dark.png}.
 */
@NocVaultTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardBrowserTest {

    /** Rendered width and height of the first element matching the selector. */
    static final String SIZE = """
            const e = document.querySelector(arguments[0]);
            if (!e) { return '0x0'; }
            const r = e.getBoundingClientRect();
            return Math.round(r.width) + 'x' + Math.round(r.height);
            """;

    static final String COLOURS = """
            let e = document.querySelector(arguments[0]);
            const color = getComputedStyle(e).color;
            let bg = getComputedStyle(e).backgroundColor;
            while (e && (bg === 'rgba(0, 0, 0, 0)' || bg === 'transparent')) {
              e = e.parentElement;
              bg = e ? getComputedStyle(e).backgroundColor : 'rgb(255, 255, 255)';
            }
            return color + '|' + bg;
            """;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDashboardChartsRenderInBothThemes() throws Exception {
        ReportingFixture f = new ReportingFixture(context);
        TestUser viewer = new TestUsers(context).create(Role.VIEWER, "dashboard");
        new TestNocs(jdbc).grant(viewer.id(), f.nocA);
        try (Browser browser = Browser.open(port)) {
            browser.go("/login")
                    .type("input[name=username]", viewer.username())
                    .type("input[name=password]", viewer.password())
                    .click("button[type=submit]")
                    .waitForPath("/");
            check(browser, f, "light");
            jdbc.sql("update users set theme = 'dark' where id = :id")
                    .param("id", viewer.id())
                    .update();
            browser.go("/");
            check(browser, f, "dark");
        }
    }

    private void check(Browser browser, ReportingFixture f, String theme) {
        browser.find("#chart-types svg.donut circle.slice");
        browser.waitForText("#storage", f.host("a2"));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        assertThat(js.executeScript("return document.documentElement.dataset.theme"))
                .isEqualTo(theme);
        assertThat(browser.text("#stat-devices .stat")).isEqualTo("5");
        for (String chart : List.of(
                "#chart-activity svg.hbars",
                "#chart-types svg.donut",
                "#chart-health svg.hbars",
                "#chart-trends svg.trend",
                "#storage svg.hbar")) {
            String[] size = ((String) js.executeScript(SIZE, chart)).split("x");
            assertThat(Integer.parseInt(size[0])).as(chart + " width").isGreaterThan(100);
            assertThat(Integer.parseInt(size[1])).as(chart + " height").isGreaterThan(10);
        }
        // the bars and columns carry data: the active bar, today's successful column, the largest storage bar
        assertThat(width(js, "#chart-activity rect.fill.ok")).isGreaterThan(50);
        assertThat(height(js, "#chart-trends rect.fill.ok:last-of-type")).isGreaterThan(0);
        assertThat(browser.all("#chart-types circle.slice")).hasSize(3);
        assertThat(browser.all("#chart-trends rect.fill.bad")).isNotEmpty();
        for (String text : List.of("#stat-devices .stat", "#chart-types .legend li", "#overview-table td")) {
            String[] colours = ((String) js.executeScript(COLOURS, text)).split("\\|");
            assertThat(contrast(rgb(colours[0]), rgb(colours[1])))
                    .as("%s in the %s theme: %s on %s", text, theme, colours[0], colours[1])
                    .isGreaterThanOrEqualTo(4.5);
        }
        Path shot = browser.screenshot("dashboard-" + theme);
        assertThat(shot).exists();
        try {
            assertThat(Files.size(shot)).isGreaterThan(10_000);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double width(JavascriptExecutor js, String css) {
        return ((Number) js.executeScript(
                        "return document.querySelector(arguments[0]).getBoundingClientRect().width", css))
                .doubleValue();
    }

    private static double height(JavascriptExecutor js, String css) {
        return ((Number) js.executeScript(
                        "const all = document.querySelectorAll(arguments[0]);"
                                + " return all[all.length - 1].getBoundingClientRect().height",
                        css))
                .doubleValue();
    }

    static int[] rgb(String css) {
        String[] parts = css.replaceAll("[^0-9,.]", "").split(",");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
    }

    static double contrast(int[] a, int[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int[] c) {
        double[] v = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = c[i] / 255.0;
            v[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
    }
}
