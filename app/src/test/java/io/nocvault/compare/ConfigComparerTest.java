package io.nocvault.compare;

import static io.nocvault.compare.Texts.compare;
import static io.nocvault.compare.Texts.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nocvault.compare.Comparison.Block;
import io.nocvault.compare.Comparison.Kind;
import io.nocvault.compare.Comparison.Row;
import io.nocvault.compare.Comparison.Span;
import io.nocvault.compare.Comparison.Statistics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a comparison says about two texts: statistics, rows, blocks and the unified diff. */
class ConfigComparerTest {

    static final String CONFIG = lines(
            "hostname R1",
            "!",
            "interface Gi0/0",
            " description uplink",
            " no shutdown",
            "!",
            "interface Gi0/1",
            " shutdown",
            "!",
            "end");

    @Test
    void identicalTextsHaveNoBlocksAndAnEmptyDiff() {
        Comparison c = compare(CONFIG, CONFIG);

        assertThat(c.identical()).isTrue();
        assertThat(c.unifiedDiff()).isEmpty();
        assertThat(c.statistics()).isEqualTo(new Statistics(10, 10, 0, 0, 0, 10, 1.0));
        assertThat(c.trailing().count()).isEqualTo(10);
    }

    @Test
    void twoEmptyTextsAreIdenticalWithSimilarityOne() {
        Comparison c = compare("", "");

        assertThat(c.identical()).isTrue();
        assertThat(c.statistics()).isEqualTo(new Statistics(0, 0, 0, 0, 0, 0, 1.0));
        assertThat(c.trailing().count()).isZero();
    }

    @Test
    void everythingAddedToAnEmptyText() {
        Comparison c = compare("", lines("a", "b", "c"));

        assertThat(c.statistics()).isEqualTo(new Statistics(0, 3, 3, 0, 0, 0, 0.0));
        assertThat(c.unifiedDiff()).isEqualTo("--- old\n+++ new\n@@ -0,0 +1,3 @@\n+a\n+b\n+c\n");
        assertThat(c.blocks().getFirst().rows()).extracting(Row::kind).containsOnly(Kind.ADDED);
        assertThat(c.blocks().getFirst().rows().getFirst().leftNo()).isNull();
    }

    @Test
    void everythingRemovedFromAText() {
        Comparison c = compare(lines("a", "b"), "");

        assertThat(c.statistics()).isEqualTo(new Statistics(2, 0, 0, 2, 0, 0, 0.0));
        assertThat(c.unifiedDiff()).isEqualTo("--- old\n+++ new\n@@ -1,2 +0,0 @@\n-a\n-b\n");
        assertThat(c.blocks().getFirst().rows())
                .extracting(Row::kind, Row::leftNo, Row::rightNo)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.REMOVED, 1, null),
                        org.assertj.core.groups.Tuple.tuple(Kind.REMOVED, 2, null));
    }

    @Test
    void replacedLinesPairUpAsChangedWithTheChangedWordsHighlighted() {
        String to = CONFIG.replace(" description uplink", " description uplink to core-2")
                .replace("interface Gi0/1", "interface Gi0/7");

        Comparison c = compare(CONFIG, to);

        assertThat(c.statistics()).isEqualTo(new Statistics(10, 10, 0, 0, 2, 8, 0.8));
        List<Row> changed = c.blocks().stream()
                .flatMap(b -> b.rows().stream())
                .filter(r -> r.kind() == Kind.CHANGED)
                .toList();
        assertThat(changed).hasSize(2);
        Row description = changed.getFirst();
        assertThat(description.leftSpans()).isEmpty();
        assertThat(highlighted(description.rightText(), description.rightSpans()))
                .containsExactly(" to core-2");
        Row iface = changed.get(1);
        assertThat(highlighted(iface.leftText(), iface.leftSpans())).containsExactly("1");
        assertThat(highlighted(iface.rightText(), iface.rightSpans())).containsExactly("7");
        assertThat(iface.rightParts()).extracting(Comparison.Part::text).containsExactly("interface Gi0/", "7");
    }

    @Test
    void aReplacementOfUnequalLengthPairsWhatItCanAndCountsTheRest() {
        Comparison c = compare(lines("a", "x1", "x2", "z"), lines("a", "y1", "y2", "y3", "z"));

        assertThat(c.statistics()).isEqualTo(new Statistics(4, 5, 1, 0, 2, 2, 4.0 / 9));
        assertThat(c.blocks().getFirst().rows())
                .extracting(Row::kind)
                .containsExactly(Kind.EQUAL, Kind.CHANGED, Kind.CHANGED, Kind.ADDED, Kind.EQUAL);
    }

    @Test
    void unchangedStretchesLongerThanTwiceTheContextAreCollapsed() {
        StringBuilder from = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            from.append("line ").append(i).append('\n');
        }
        String to = from.toString().replace("line 5\n", "line five\n").replace("line 30\n", "line thirty\n");

        Comparison c = compare(from.toString(), to, CompareOptions.defaults().withContext(2));

        assertThat(c.blocks()).hasSize(2);
        Block first = c.blocks().getFirst();
        assertThat(first.header()).isEqualTo("@@ -3,5 +3,5 @@");
        assertThat(first.skipped()).isEqualTo(new Comparison.Collapsed(1, 1, 2));
        assertThat(c.blocks().get(1).skipped()).isEqualTo(new Comparison.Collapsed(8, 8, 20));
        assertThat(c.trailing()).isEqualTo(new Comparison.Collapsed(33, 33, 8));
        assertThat(c.blocks().get(1).rows()).extracting(Row::leftNo).containsExactly(28, 29, 30, 31, 32);
    }

    @Test
    void changesCloserThanTwiceTheContextShareOneBlock() {
        String from = lines("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        String to = from.replace("2\n", "two\n").replace("7\n", "seven\n");

        assertThat(compare(from, to, CompareOptions.defaults().withContext(2)).blocks())
                .hasSize(1);
        assertThat(compare(from, to, CompareOptions.defaults().withContext(1)).blocks())
                .hasSize(2);
        Comparison whole = compare(from, to, CompareOptions.defaults().withContext(CompareOptions.WHOLE_TEXT));
        assertThat(whole.blocks())
                .singleElement()
                .satisfies(b -> assertThat(b.rows()).hasSize(10));
        assertThat(whole.trailing().count()).isZero();
    }

    @Test
    void crlfAndLfLineEndsAreTheSameLines() {
        Comparison c = compare(CONFIG.replace("\n", "\r\n"), CONFIG);

        assertThat(c.identical()).isTrue();
        assertThat(compare("a\rb\r", "a\nb\n").identical()).isTrue();
    }

    @Test
    void aMissingNewlineAtTheEndIsReportedAsGnuDiffDoes() {
        Comparison c = compare("a\nb\n", "a\nb");

        assertThat(c.statistics().changed()).isEqualTo(1);
        assertThat(c.unifiedDiff())
                .isEqualTo("--- old\n+++ new\n@@ -1,2 +1,2 @@\n a\n-b\n+b\n\\ No newline at end of file\n");
        Row last = c.blocks().getFirst().rows().getLast();
        assertThat(last.kind()).isEqualTo(Kind.CHANGED);
        assertThat(last.leftNoNewline()).isFalse();
        assertThat(last.rightNoNewline()).isTrue();
        assertThat(compare("a\nb", "a\nb").identical()).isTrue();
    }

    @Test
    void veryLongChangedLinesAreHighlightedWhole() {
        String certificate = "certificate " + "0a1b2c3d ".repeat(2000);

        Row row = compare(lines(certificate), lines(certificate + "ff"))
                .blocks()
                .getFirst()
                .rows()
                .getFirst();

        assertThat(row.kind()).isEqualTo(Kind.CHANGED);
        assertThat(row.leftSpans()).containsExactly(new Span(0, certificate.length()));
        assertThat(row.rightSpans()).containsExactly(new Span(0, certificate.length() + 2));
    }

    @Test
    void negativeContextIsRefused() {
        assertThatThrownBy(() -> CompareOptions.defaults().withContext(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static List<String> highlighted(String text, List<Span> spans) {
        return spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }
}
