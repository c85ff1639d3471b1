package io.nocvault.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A comparison serialises as it is, for the API's "structured" format. */
class ComparisonJsonTest {

    @Test
    void serialisesStatisticsBlocksRowsAndSpans() {
        Comparison c = Texts.compare(Texts.lines("interface Gi0/1", "end"), Texts.lines("interface Gi0/7", "end"));

        JsonNode json = JsonMapper.builder().build().valueToTree(c);

        assertThat(json.at("/statistics/changed").asInt()).isEqualTo(1);
        assertThat(json.at("/statistics/similarity").asDouble()).isEqualTo(0.5);
        assertThat(json.at("/blocks/0/header").asString()).isEqualTo("@@ -1,2 +1,2 @@");
        JsonNode row = json.at("/blocks/0/rows/0");
        assertThat(row.get("kind").asString()).isEqualTo("CHANGED");
        assertThat(row.get("leftNo").asInt()).isEqualTo(1);
        assertThat(row.at("/rightSpans/0/start").asInt()).isEqualTo(14);
        assertThat(row.at("/rightSpans/0/end").asInt()).isEqualTo(15);
        assertThat(json.at("/blocks/0/lines/1/kind").asString()).isEqualTo("ADDED");
        assertThat(json.get("unifiedDiff").asString()).startsWith("--- old\n+++ new\n");
        assertThat(row.has("leftParts")).isFalse();
    }
}
