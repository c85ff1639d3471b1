package io.nocvault.compare;

import static io.nocvault.compare.Texts.lines;
import static org.assertj.core.api.Assertions.assertThat;

import io.nocvault.compare.ComparisonHtml.View;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The Thymeleaf fragments render every kind of row, escape the texts and keep white space intact. */
class ComparisonHtmlTest {

    static final ComparisonHtml HTML = new ComparisonHtml(engine());

    static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    static Comparison sample() {
        String from = lines(
                "hostname R1", "banner motd <script>alert(1)</script>", " description  uplink", "removed", "same");
        String to = lines(
                "hostname R1",
                "banner motd <script>alert(2)</script>",
                " description  uplink to core",
                "same",
                "added & new");
        return Texts.COMPARER.compare(
                new ComparedText("R1 <v1>", from), new ComparedText("R1 \"v2\"", to), CompareOptions.defaults());
    }

    @Test
    void sideBySideEscapesConfigTextAndLabels() {
        String html = HTML.render(sample(), View.SIDE_BY_SIDE);

        assertThat(html).doesNotContain("<script>").doesNotContain("R1 <v1>");
        assertThat(html)
                .contains("&lt;script&gt;alert(")
                .contains("R1 &lt;v1&gt;")
                .contains("added &amp; new");
    }

    @Test
    void sideBySideHasOneRowPerPairWithKindClassesAndHighlights() {
        String html = HTML.render(sample(), View.SIDE_BY_SIDE);

        assertThat(html).contains("class=\"cmp cmp-sbs\"");
        assertThat(count(html, "cmp-row cmp-changed")).isEqualTo(2);
        assertThat(count(html, "cmp-row cmp-removed")).isEqualTo(1);
        assertThat(count(html, "cmp-row cmp-added")).isEqualTo(1);
        assertThat(count(html, "cmp-row cmp-equal")).isEqualTo(2);
        assertThat(html).contains("<span class=\"cmp-hl\">1</span>").contains("<span class=\"cmp-hl\">2</span>");
        assertThat(html)
                .contains("<td class=\"cmp-text cmp-right\"> description  uplink<span class=\"cmp-hl\"> to core");
        assertThat(html)
                .contains("+1 added")
                .contains("−1 removed")
                .contains("~2 changed")
                .contains("40% similar");
    }

    @Test
    void unifiedViewShowsHunkHeaderMarkersAndTheMissingNewline() {
        Comparison c = Texts.compare("a\nb\n", "a\nb");

        String html = HTML.render(c, View.UNIFIED);

        assertThat(html).contains("@@ -1,2 +1,2 @@").contains("--- old").contains("+++ new");
        assertThat(html)
                .contains("<span class=\"cmp-marker\">-</span>b")
                .contains("<span class=\"cmp-marker\">+</span>b");
        assertThat(html).contains("\\ No newline at end of file");
    }

    @Test
    void collapsedRegionsAndIdenticalTextsAreSaid() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            text.append("line ").append(i).append('\n');
        }
        Comparison c = Texts.compare(text.toString(), text.toString().replace("line 15\n", "line XV\n"));

        String html = HTML.render(c, View.SIDE_BY_SIDE);

        assertThat(html).contains("⋯ 11 unchanged lines").contains("⋯ 12 unchanged lines");
        assertThat(HTML.render(Texts.compare("a\n", "a\n"), View.SIDE_BY_SIDE)).contains("No differences (1 line).");
    }

    static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
