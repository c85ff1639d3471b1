package io.nocvault.drivers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nocvault.drivers.Driver;
import io.nocvault.drivers.DriverProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Validation and inheritance of the YAML driver format. */
class DriverFormatTest {

    static final BuiltInDrivers BUILT_INS = new BuiltInDrivers(DriverProperties.defaults());

    static Driver resolve(String base, String yaml) {
        List<DriverProblem> problems = new ArrayList<>();
        Map<String, Object> body = YamlText.read(yaml, problems);
        assertThat(problems).isEmpty();
        return new DriverResolver(BUILT_INS::source, DriverProperties.defaults().timeouts())
                .resolve(new DriverSource(new DriverIdentity("custom", "Custom", base, false), body));
    }

    static List<DriverProblem> problems(String base, String yaml) {
        try {
            resolve(base, yaml);
        } catch (DriverInvalidException e) {
            return e.problems();
        }
        throw new AssertionError("driver was valid");
    }

    @Test
    void everyBuiltInLoads() {
        assertThat(BUILT_INS.all())
                .extracting(Driver::key)
                .containsExactly(
                        "arista_eos",
                        "aruba_aoscx",
                        "cisco_asa",
                        "cisco_ios",
                        "cisco_iosxe",
                        "cisco_iosxr",
                        "cisco_nxos",
                        "fortinet_fortios",
                        "hp_comware",
                        "hp_procurve",
                        "huawei_vrp",
                        "juniper_junos",
                        "linux",
                        "mikrotik_routeros",
                        "paloalto_panos");
        assertThat(BUILT_INS.all()).allSatisfy(d -> assertThat(d.builtIn()).isTrue());
    }

    @Test
    void restoreIsDeclaredForTheFourRestorablePlatforms() {
        assertThat(BUILT_INS.all().stream().filter(d -> d.restore() != null).map(Driver::key))
                .containsExactlyInAnyOrder("arista_eos", "cisco_ios", "cisco_iosxe", "juniper_junos");
    }

    @Test
    void aChildAddsRulesReplacesScalarsAndMergesCapturesBySection() {
        Driver driver = resolve("cisco_ios", """
                newline: "\\r"
                mask: ['\\bkey 7 (\\S+)']
                capture:
                  - {section: version, command: show version | include Version}
                  - {section: inventory, remove: true}
                  - {section: vlans, command: show vlan brief}
                timeouts: {command: 2m}
                """);

        assertThat(driver.newline()).isEqualTo("\r");
        assertThat(driver.masks())
                .hasSize(BUILT_INS.find("cisco_ios").orElseThrow().masks().size() + 1);
        assertThat(driver.captures()).extracting(Driver.Capture::section).containsExactly("config", "version", "vlans");
        assertThat(driver.capture("version").orElseThrow().command()).isEqualTo("show version | include Version");
        assertThat(driver.timeouts().command()).isEqualTo(Duration.ofMinutes(2));
        assertThat(driver.timeouts().login())
                .isEqualTo(DriverProperties.defaults().loginTimeout());
        assertThat(driver.origins().get("mask")).containsExactly("custom", "cisco_ios");
        assertThat(driver.origins().get("prompts")).containsExactly("cisco_ios");
    }

    @Test
    void resetDropsWhatWasInherited() {
        Driver driver = resolve("cisco_iosxe", "reset: [mask, enable]\nmask: ['secret (\\S+)']");

        assertThat(driver.masks()).extracting(p -> p.pattern()).containsExactly("secret (\\S+)");
        assertThat(driver.enable()).isNull();
    }

    @Test
    void reportsEveryProblemWithItsPath() {
        List<DriverProblem> problems = problems("cisco_ios", """
                prompts: {user: '[unclosed'}
                errors: ['(bad']
                capture: [{section: config, command: show run, optional: true}, {section: Bad-Name, command: x}]
                timeouts: {login: soon}
                colour: blue
                """);

        assertThat(problems)
                .extracting(DriverProblem::path)
                .contains(
                        "prompts.user",
                        "errors[4]",
                        "capture[0].optional",
                        "capture[3].section",
                        "timeouts.login",
                        "colour");
    }

    @Test
    void requiresAPromptAConfigCaptureAndAnEndCheck() {
        List<DriverProblem> problems = new ArrayList<>();
        assertThatThrownBy(() -> new DriverParser(DriverProperties.defaults().timeouts())
                        .parse(new DriverIdentity("x", "X", null, false), Map.of("logout", "exit"), "", Map.of()))
                .isInstanceOfSatisfying(DriverInvalidException.class, e -> problems.addAll(e.problems()));

        assertThat(problems).extracting(DriverProblem::path).contains("prompts", "capture", "endOfConfig");
    }

    @Test
    void commandsMayOnlyUseDefinedVariables() {
        assertThat(problems("linux", "capture: [{section: config, command: 'cat ${paths}'}]"))
                .extracting(DriverProblem::message)
                .contains("variable ${paths} is not in vars");
        assertThat(resolve("linux", "vars: {files: /etc/motd}").vars()).containsEntry("files", "/etc/motd");
    }

    @Test
    void detectsUnknownBasesAndCycles() {
        assertThat(problems("no_such_driver", ""))
                .extracting(DriverProblem::path)
                .containsExactly("extends");
        DriverSource a = new DriverSource(new DriverIdentity("a", "A", "b", false), Map.of());
        DriverSource b = new DriverSource(new DriverIdentity("b", "B", "a", false), Map.of());
        DriverResolver resolver = new DriverResolver(
                key -> Optional.ofNullable(Map.of("a", a, "b", b).get(key)),
                DriverProperties.defaults().timeouts());

        assertThatThrownBy(() -> resolver.resolve(a)).hasMessageContaining("inheritance cycle: a -> b -> a");
    }

    @Test
    void theResolvedYamlReadsBackToTheSameDriver() {
        for (Driver builtIn : BUILT_INS.all()) {
            List<DriverProblem> problems = new ArrayList<>();
            Map<String, Object> body = YamlText.read(builtIn.yaml(), problems);
            DriverSchema.IDENTITY.forEach(body::remove);
            Driver copy = new DriverResolver(
                            k -> Optional.empty(), DriverProperties.defaults().timeouts())
                    .resolve(new DriverSource(new DriverIdentity("copy", "Copy", null, false), body));

            assertThat(problems).isEmpty();
            assertThat(copy.yaml().replace("key: copy\nname: Copy\n", ""))
                    .isEqualTo(builtIn.yaml().replaceFirst("(?s)^key: .*?\nname: .*?\n(extends: .*?\n)?", ""));
        }
    }

    @Test
    void yamlSyntaxErrorsNameTheLine() {
        List<DriverProblem> problems = new ArrayList<>();
        YamlText.read("prompts:\n  user: 'x'\n  user: 'y'\n", problems);
        YamlText.read("- just\n- a list\n", problems);

        assertThat(problems)
                .extracting(DriverProblem::message)
                .anySatisfy(m -> assertThat(m).startsWith("YAML error at line"))
                .anySatisfy(m -> assertThat(m).contains("must be a YAML map"));
    }

    @Test
    void theWorkedExampleOfDocsDriversMdResolvesAsDescribed() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/drivers.md"));
        String afterIntro = doc.substring(doc.indexOf("with these overrides"));
        String yaml = afterIntro.substring(afterIntro.indexOf("```yaml\n") + 8, afterIntro.indexOf("```\n", 10));

        Driver driver = resolve("cisco_ios", yaml);

        Driver ios = BUILT_INS.find("cisco_ios").orElseThrow();
        assertThat(driver.newline()).isEqualTo("\r");
        assertThat(driver.captures()).extracting(Driver.Capture::section).containsExactly("config", "version", "vlans");
        assertThat(driver.pager().disable()).isEqualTo(ios.pager().disable());
        assertThat(driver.errors()).hasSize(ios.errors().size() + 1);
        assertThat(driver.masks()).hasSize(ios.masks().size() + 1);
        assertThat(driver.timeouts().command()).isEqualTo(Duration.ofMinutes(2));
    }
}
