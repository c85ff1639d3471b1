package io.nocvault.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.nocvault.compare.ComparisonHtml.View;
import io.nocvault.test.Browser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The compare views in a real Chromium, in the light and the dark theme: every coloured cell keeps its text
 * readable (WCAG contrast of at least 4.5) and the themes really differ. Screenshots go to
 * {@code target/screenshots/compare-<theme>.png}.
 */
class CompareThemeBrowserTest {

    static final List<String> CELLS = List.of(
            ".cmp-sbs .cmp-changed .cmp-left",
            ".cmp-sbs .cmp-changed .cmp-right",
            ".cmp-sbs .cmp-left .cmp-hl",
            ".cmp-sbs .cmp-right .cmp-hl",
            ".cmp-sbs .cmp-added .cmp-right",
            ".cmp-sbs .cmp-removed .cmp-left",
            ".cmp-sbs .cmp-equal .cmp-left",
            ".cmp-unified .cmp-added .cmp-text",
            ".cmp-unified .cmp-removed .cmp-text");

    /** Text colour and the first non-transparent background at or above the element. */
    static final String EFFECTIVE_COLOURS = """
            let e = document.querySelector(arguments[0]);
            const color = getComputedStyle(e).color;
            let bg = getComputedStyle(e).backgroundColor;
            while (e && (bg === 'rgba(0, 0, 0, 0)' || bg === 'transparent')) {
              e = e.parentElement;
              bg = e ? getComputedStyle(e).backgroundColor : 'rgb(255, 255, 255)';
            }
            return color + '|' + bg;
            """;

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void coloursAreReadableInBothThemes(String theme) throws IOException {
        Path page = page(theme);
        try (Browser browser = Browser.open(0)) {
            browser.driver().get(page.toUri().toString());
            browser.find(".cmp-sbs .cmp-hl");
            browser.screenshot("compare-" + theme);
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            for (String css : CELLS) {
                String colours = (String) js.executeScript(EFFECTIVE_COLOURS, css);
                String[] parts = colours.split("\\|");
                double contrast = contrast(rgb(parts[0]), rgb(parts[1]));
                assertThat(contrast)
                        .as("%s in %s theme: %s", css, theme, colours)
                        .isGreaterThanOrEqualTo(4.5);
            }
            String addedBackground = (String)
                    js.executeScript(
                            "return getComputedStyle(document.querySelector('.cmp-sbs .cmp-added .cmp-right')).backgroundColor");
            assertThat(addedBackground).isEqualTo(theme.equals("dark") ? "rgb(18, 38, 26)" : "rgb(230, 255, 236)");
        }
    }

    private static Path page(String theme) throws IOException {
        Comparison comparison = ComparisonHtmlTest.sample();
        String html = "<!DOCTYPE html><html data-theme=\"" + theme + "\"><head><meta charset=\"utf-8\"><style>"
                + resource("static/css/nocvault.css") + resource("static/css/compare.css") + "</style></head>"
                + "<body><main>" + ComparisonHtmlTest.HTML.render(comparison, View.SIDE_BY_SIDE)
                + ComparisonHtmlTest.HTML.render(comparison, View.UNIFIED) + "</main></body></html>";
        Path dir = Files.createDirectories(Path.of("target", "compare-pages"));
        return Files.writeString(dir.resolve(theme + ".html"), html, StandardCharsets.UTF_8)
                .toAbsolutePath();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CompareThemeBrowserTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static double[] rgb(String css) {
        String[] values = css.replaceAll("[^0-9.,]", "").split(",");
        return new double[] {Double.parseDouble(values[0]), Double.parseDouble(values[1]), Double.parseDouble(values[2])
        };
    }

    /** WCAG 2 contrast ratio of two opaque colours. */
    static double contrast(double[] a, double[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(double[] rgb) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = rgb[i] / 255;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
