package io.nocvault.compare;

import static io.nocvault.compare.Texts.COMPARER;
import static io.nocvault.compare.Texts.compare;
import static io.nocvault.compare.Texts.driver;
import static io.nocvault.compare.Texts.lines;
import static org.assertj.core.api.Assertions.assertThat;

import io.nocvault.drivers.Driver;
import org.junit.jupiter.api.Test;

/** "Ignore volatile lines" and "mask secrets" prepare both sides alike, before the diff. */
class PreparationTest {

    static final String READ_1 = lines(
            "Building configuration...",
            "",
            "Current configuration : 1432 bytes",
            "!",
            "! Last configuration change at 10:02:11 UTC Mon Nov 23 2025 by admin",
            "hostname R1",
            "enable secret 9 $9$oldSaltOldHash",
            "username admin privilege 15 secret 9 $9$userHashOne",
            "ntp clock-period 17179738",
            "end");

    static final String READ_2 = READ_1.replace("1432 bytes", "1433 bytes")
            .replace("10:02:11 UTC Mon Nov 23 2025 by admin", "11:45:00 UTC Tue Nov 24 2025 by netops")
            .replace("17179738", "17179812");

    final Driver ios = driver("cisco_ios");

    @Test
    void aTimestampOnlyChangeIsNoDifferenceWhenVolatileLinesAreIgnored() {
        assertThat(compare(READ_1, READ_2).statistics().changed()).isEqualTo(3);

        Comparison ignoring = compare(READ_1, READ_2, COMPARER.options(3, true, false, ios));

        assertThat(ignoring.identical()).isTrue();
        assertThat(ignoring.unifiedDiff()).isEmpty();
    }

    @Test
    void aRealChangeStillShowsWithVolatileLinesIgnored() {
        String changed = READ_2.replace("hostname R1", "hostname R1-core");

        Comparison c = compare(READ_1, changed, COMPARER.options(3, true, false, ios));

        assertThat(c.statistics().changed()).isEqualTo(1);
        assertThat(c.unifiedDiff())
                .contains("-hostname R1\n+hostname R1-core\n")
                .doesNotContain("clock-period");
    }

    @Test
    void secretsAreMaskedOnBothSidesAndAChangedSecretStillShowsAsAChangedLine() {
        String rotated = READ_1.replace("$9$oldSaltOldHash", "$9$newSaltNewHash");

        Comparison c = compare(READ_1, rotated, COMPARER.options(3, false, true, ios));

        assertThat(c.unifiedDiff()).doesNotContain("SaltOldHash", "SaltNewHash", "userHashOne");
        assertThat(c.identical()).isTrue();
        assertThat(compare(READ_1, rotated).statistics().changed()).isEqualTo(1);
    }

    @Test
    void maskingKeepsTheLinesSoLineNumbersStayTheSame() {
        Comparison masked = compare(READ_1, READ_1 + "! added\n", COMPARER.options(3, false, true, ios));

        assertThat(masked.statistics().fromLines()).isEqualTo(10);
        assertThat(masked.unifiedDiff())
                .contains(
                        " username admin privilege 15 secret 9 <removed>\n ntp clock-period 17179738\n end\n+! added\n");
    }

    @Test
    void theRulesOfTwoDriversApplyToBothSides() {
        Driver fortios = driver("fortinet_fortios");
        String forti = lines(
                "config system admin", "    edit \"admin\"", "        set password ENC SH2abc==", "    next", "end");

        Comparison c = compare(READ_1, forti, COMPARER.options(3, true, true, ios, fortios));

        assertThat(c.unifiedDiff()).doesNotContain("SH2abc", "oldSaltOldHash").doesNotContain("clock-period");
    }

    @Test
    void preparedTextsAreWhatTheComparisonSaw() {
        CompareOptions options = COMPARER.options(3, true, true, ios);

        ComparedText prepared = COMPARER.prepare(new ComparedText("R1 v1", READ_1), options);

        assertThat(prepared.label()).isEqualTo("R1 v1");
        assertThat(prepared.text()).startsWith("!\nhostname R1\n").contains("enable secret 9 <removed>");
        assertThat(options.ignoresVolatileLines()).isTrue();
        assertThat(options.masksSecrets()).isTrue();
        assertThat(CompareOptions.defaults().ignoresVolatileLines()).isFalse();
    }

    @Test
    void customFunctionsPrepareBothSides() {
        CompareOptions upper = CompareOptions.defaults().ignoringVolatileLines(String::toUpperCase);

        assertThat(compare("Hostname r1\n", "HOSTNAME R1\n", upper).identical()).isTrue();
    }
}
