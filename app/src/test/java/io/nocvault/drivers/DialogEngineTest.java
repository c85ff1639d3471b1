package io.nocvault.drivers;

import static io.nocvault.drivers.DialogRun.transcript;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What real devices do that the engine must survive, each replayed against the IOS driver (or one derived). */
class DialogEngineTest {

    static final Driver IOS = TestDrivers.derived("cisco_ios", "capture: [{section: inventory, remove: true}]");

    /** After the privileged prompt: paging off, then the config, the version, and logout. */
    static String tail(String configChunks, String prompt) {
        return """
                >> terminal length 0\\n
                <| terminal length 0
                << %2$s
                >> show running-config\\n
                %1$s
                << %2$s
                >> show version\\n
                <| show version
                <| Cisco IOS Software, Version 15.2(4)M7
                << %2$s
                >> exit\\n
                """.formatted(configChunks, prompt);
    }

    static final String CONFIG = """
            <| show running-config
            <| Building configuration...
            <| hostname R1
            <| interface Gi0/0
            <| \\sip address 192.0.2.1 255.255.255.0
            <| end
            """;

    static final String EXPECTED = """
            Building configuration...
            hostname R1
            interface Gi0/0
             ip address 192.0.2.1 255.255.255.0
            end
            """;

    @Test
    void skipsBannerAndMotdBeforeTheFirstPrompt() throws Exception {
        String dialog = """
                <| \\e[2J\\e[H
                <| ##########################################
                <| # WARNING: R1> is monitored. Press # to #
                <| ##########################################
                << \\r\\n\\r\\nMOTD: maintenance window Sunday 02:00-04:00 #R1>\\r\\n
                <|
                << R1#
                """ + tail(CONFIG, "R1#");

        CaptureResult result = DialogRun.capture(IOS, transcript(dialog));

        assertThat(result.config()).isEqualTo(EXPECTED);
        assertThat(result.prompt()).isEqualTo("R1#");
    }

    @Test
    void sendsCarriageReturnOnlyWhenTheDriverSaysSoAndReadsCrOnlyOutput() throws Exception {
        Driver crOnly =
                TestDrivers.derived("cisco_ios", "newline: \"\\r\"\ncapture: [{section: inventory, remove: true}]");
        String dialog = """
                << \\rR1>
                >> enable\\r
                << enable\\rPassword:\\s
                >> ${enable}\\r
                << \\rR1#
                >> terminal length 0\\r
                << terminal length 0\\rR1#
                >> show running-config\\r
                << show running-config\\rBuilding configuration...\\r\\rhostname R1\\rend\\r\\rR1#
                >> show version\\r
                << show version\\rCisco IOS Software\\rR1#
                >> exit\\r
                """;

        CaptureResult result = DialogRun.capture(crOnly, transcript(dialog));

        assertThat(result.config()).isEqualTo("Building configuration...\n\nhostname R1\nend\n\n");
        assertThat(result.sections().get("version")).isEqualTo("Cisco IOS Software\n");
    }

    @Test
    void waitsForAnEchoThatComesCharacterByCharacterWithDelays() throws Exception {
        StringBuilder echo = new StringBuilder();
        for (char c : "show running-config".toCharArray()) {
            echo.append("<< ").append(c == ' ' ? "\\s" : String.valueOf(c)).append("\n.. 3ms\n");
        }
        String config = echo + "<< \\r\\n\n.. 20ms\n"
                + CONFIG.lines().skip(1).map(l -> l + "\n").reduce("", String::concat);
        String dialog = "<< R1#\n" + tail(config, "R1#");

        CaptureResult result = DialogRun.capture(IOS, transcript(dialog));

        assertThat(result.config()).isEqualTo(EXPECTED);
    }

    @Test
    void answersPagerPromptsMidOutputAndRemovesThemWithTheirEraseSequences() throws Exception {
        String config = """
                <| show running-config
                <| Building configuration...
                <| hostname R1
                << \\s--More--\\s
                >> \\s
                << \\b\\b\\b\\b\\b\\b\\b\\b\\b\\b          \\b\\b\\b\\b\\b\\b\\b\\b\\b\\binterface Gi0/0\\r\\n
                <| \\sip address 192.0.2.1 255.255.255.0
                << \\s--More--\\s
                >> \\s
                << \\r                    \\r
                << \\sdescription after a CR erase\\r\\n
                << \\s--More--\\s
                >> \\s
                << \\e[42D                                          \\e[42D!\\r\\n
                << \\s--More--
                >> \\s
                << \\s\\r\\n
                <| end
                """;
        String dialog = "<< R1#\n" + tail(config, "R1#");

        CaptureResult result = DialogRun.capture(IOS, transcript(dialog));

        assertThat(result.config()).isEqualTo("""
                Building configuration...
                hostname R1
                interface Gi0/0
                 ip address 192.0.2.1 255.255.255.0
                 description after a CR erase
                !
                end
                """);
    }

    @Test
    void doesNotMistakeTheHostnameInsideTheConfigForThePrompt() throws Exception {
        String config = """
                <| show running-config
                <| hostname R1
                <| banner motd ^C
                << R1#
                .. 50ms
                << \\r\\nR1#show tech is not allowed here\\r\\n^C\\r\\n
                <| alias exec R1# show ip interface brief
                <| end
                """;
        String dialog = "<< R1#\n" + tail(config, "R1#");

        CaptureResult result = DialogRun.capture(IOS, transcript(dialog));

        assertThat(result.config()).isEqualTo("""
                hostname R1
                banner motd ^C
                R1#
                R1#show tech is not allowed here
                ^C
                alias exec R1# show ip interface brief
                end
                """);
    }

    @Test
    void stripsAnsiEscapeCodesFromPromptsAndOutput() throws Exception {
        String config = """
                <| show running-config\\e[K
                <| \\e[1;32mhostname R1\\e[0m
                <| \\e]0;R1: title\\x07interface Gi0/0
                <| \\e(B\\e[mend
                """;
        String dialog = "<< \\e[?2004h\\e[01;34mR1\\e[0m#\n" + tail(config, "\\e[1mR1#\\e[0m");

        CaptureResult result = DialogRun.capture(IOS, transcript(dialog));

        assertThat(result.config()).isEqualTo("hostname R1\ninterface Gi0/0\nend\n");
    }

    @Test
    void decodesUtf8SplitAcrossDataEvents() {
        Map<String, String> answers = Map.of(
                "terminal length 0\n", "terminal length 0\r\nR1#",
                "show running-config\n", "show running-config\r\ndescription Zürich – Ω\r\nend\r\nR1#",
                "show version\n", "show version\r\nIOS\r\nR1#");
        CliDialog[] dialog = new CliDialog[1];
        CliChannel byteByByte = text -> {
            byte[] bytes = answers.getOrDefault(text, "").getBytes(StandardCharsets.UTF_8);
            Thread.ofVirtual().start(() -> {
                for (byte b : bytes) {
                    dialog[0].onData(new byte[] {b}, 0, 1);
                }
            });
        };
        dialog[0] = TestDrivers.engine().open(IOS, byteByByte, TestDrivers.LOGIN);
        dialog[0].onData("R1#".getBytes(StandardCharsets.UTF_8), 0, 3);

        CaptureResult result = dialog[0].capture();

        assertThat(result.config()).isEqualTo("description Zürich – Ω\nend\n");
    }
}
