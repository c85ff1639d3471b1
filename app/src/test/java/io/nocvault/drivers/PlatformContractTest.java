package io.nocvault.drivers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The prompts, pager prompts and error answers of docs/platforms.md, checked against the built-in drivers
 * (the simulator follows the same table).
 */
class PlatformContractTest {

    static Stream<Arguments> platforms() {
        String iosError = "% Invalid input detected at '^' marker.";
        String comwareError = "% Unrecognized command found at '^' position.";
        String more = "-- MORE --, next page: Space, next line: Enter, quit: Control-C";
        return Stream.of(
                Arguments.of("cisco_ios", List.of("R1>", "R1#"), " --More-- ", iosError),
                Arguments.of("cisco_iosxe", List.of("R1>", "R1#"), " --More-- ", iosError),
                Arguments.of("cisco_nxos", List.of("N9K-1#"), " --More-- ", iosError),
                Arguments.of("cisco_iosxr", List.of("RP/0/RP0/CPU0:XR1#"), " --More-- ", iosError),
                Arguments.of("cisco_asa", List.of("fw1>", "fw1#"), " --More-- ", iosError),
                Arguments.of("arista_eos", List.of("leaf1>", "leaf1#"), " --More-- ", iosError),
                Arguments.of(
                        "juniper_junos", List.of("admin@mx1> "), "---(more)---", "syntax error, expecting <command>."),
                Arguments.of("fortinet_fortios", List.of("FGT60F # "), "--More--", "Unknown action 0"),
                Arguments.of("paloalto_panos", List.of("admin@PA-VM> "), "lines 1-24 ", "Invalid syntax."),
                Arguments.of("aruba_aoscx", List.of("cx-core1#"), more, "Invalid input: foo"),
                Arguments.of("hp_procurve", List.of("sw-access1# "), more, "Invalid input: foo"),
                Arguments.of("hp_comware", List.of("<cw-sw1>"), "  ---- More ----", comwareError),
                Arguments.of("huawei_vrp", List.of("<CE-1>"), "  ---- More ----", comwareError),
                Arguments.of(
                        "mikrotik_routeros",
                        List.of("[admin@gw-branch] > "),
                        null,
                        "bad command name foo (line 1 column 1)"),
                Arguments.of("linux", List.of("admin@backup-01:~$ "), null, "-bash: foo: command not found"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("platforms")
    void matchesThePlatformTable(String key, List<String> prompts, String pager, String error) {
        Driver driver = TestDrivers.builtIn(key);

        for (String prompt : prompts) {
            assertThat(atEnd(driver.prompts().user(), prompt)
                            || atEnd(driver.prompts().privileged(), prompt))
                    .as("prompt %s", prompt)
                    .isTrue();
        }
        if (pager == null) {
            assertThat(driver.pager().prompt()).isNull();
        } else {
            assertThat(atEnd(driver.pager().prompt(), pager))
                    .as("pager %s", pager)
                    .isTrue();
        }
        assertThat(driver.errors())
                .anySatisfy(p -> assertThat(p.matcher(error).find()).isTrue());
        assertThat(driver.errors())
                .noneSatisfy(
                        p -> assertThat(p.matcher(prompts.getFirst()).find()).isTrue());
    }

    private static boolean atEnd(Pattern pattern, String text) {
        return pattern != null
                && Pattern.compile("(?:" + pattern.pattern() + ")$")
                        .matcher(text)
                        .find();
    }
}
