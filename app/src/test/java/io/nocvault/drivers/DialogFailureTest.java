package io.nocvault.drivers;

import static io.nocvault.drivers.DialogRun.transcript;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every failure the engine raises is classified, names its step, and never shows a secret. */
class DialogFailureTest {

    static final Driver IOS = TestDrivers.derived(
            "cisco_ios", "timeouts: {login: 700ms, command: 700ms}\ncapture: [{section: inventory, remove: true}]");

    static final String ENABLED = """
            << R1>
            >> enable\\n
            <| enable
            << Password:\\s
            >> ${enable}\\n
            << \\r\\nR1#
            >> terminal length 0\\n
            <| terminal length 0
            << R1#
            >> show running-config\\n
            <| show running-config
            """;

    @Test
    void truncatedOutputFollowedByThePromptIsATruncatedConfig() {
        CaptureException e = DialogRun.failure(IOS, transcript(ENABLED + """
                <| hostname R1
                <| interface Gi0/0
                << R1#
                """));

        assertThat(e.kind()).isEqualTo(FailureKind.TRUNCATED_CONFIG);
        assertThat(e.step()).isEqualTo("command 'show running-config'");
    }

    @Test
    void aConnectionDroppedMidConfigIsATruncatedConfig() {
        CaptureException e = DialogRun.failure(IOS, transcript(ENABLED + """
                <| hostname R1
                << interface Gi
                == EOF
                """));

        assertThat(e.kind()).isEqualTo(FailureKind.TRUNCATED_CONFIG);
    }

    @Test
    void outputWithoutARecognisablePromptIsPromptNotRecognised() {
        CaptureException e = DialogRun.failure(IOS, transcript("""
                <| Welcome
                << router-1 $\\s
                """));

        assertThat(e.kind()).isEqualTo(FailureKind.PROMPT_NOT_RECOGNISED);
        assertThat(e.step()).isEqualTo("login");
        assertThat(e.getMessage()).contains("router-1 $");
    }

    @Test
    void anErrorAnswerIsACommandRejected() {
        CaptureException e = DialogRun.failure(IOS, transcript(ENABLED.replace("<| show running-config\n", "") + """
                <| show running-config
                <| \\s\\s\\s\\s\\s^
                <| % Invalid input detected at '^' marker.
                <|
                << R1#
                """));

        assertThat(e.kind()).isEqualTo(FailureKind.COMMAND_REJECTED);
        assertThat(e.step()).isEqualTo("command 'show running-config'");
        assertThat(e.getMessage()).contains("% Invalid input detected");
    }

    @Test
    void silenceAfterACommandIsATimeoutNamingTheCommand() {
        CaptureException e = DialogRun.failure(IOS, transcript(ENABLED + "<| Building configuration...\n"));

        assertThat(e.kind()).isEqualTo(FailureKind.TIMEOUT);
        assertThat(e.step()).isEqualTo("command 'show running-config'");
        assertThat(e.getMessage()).contains("700ms");
    }

    @Test
    void silenceAfterConnectingIsALoginTimeout() {
        CaptureException e = DialogRun.failure(IOS, transcript("# the device says nothing at all\n"));

        assertThat(e.kind()).isEqualTo(FailureKind.TIMEOUT);
        assertThat(e.step()).isEqualTo("login");
    }

    @Test
    void aWrongEnableSecretIsEnableRefusedWithoutShowingTheSecret() {
        CaptureException e = DialogRun.failure(IOS, transcript("""
                << R1>
                >> enable\\n
                <| enable
                << Password:\\s
                >> ${enable}\\n
                << \\r\\n% Access denied\\r\\n\\r\\nR1>
                """));

        assertThat(e.kind()).isEqualTo(FailureKind.ENABLE_REFUSED);
        assertThat(e.step()).isEqualTo("enable");
        assertThat(e.getMessage()).doesNotContain(TestDrivers.LOGIN.enableSecret());
    }

    @Test
    void aSecondPasswordPromptIsEnableRefused() {
        CaptureException e = DialogRun.failure(IOS, transcript("""
                << R1>
                >> enable\\n
                <| enable
                << Password:\\s
                >> ${enable}\\n
                << \\r\\nPassword:\\s
                """));

        assertThat(e.kind()).isEqualTo(FailureKind.ENABLE_REFUSED);
    }

    @Test
    void aDeviceThatEchoesTheSecretStillNeverShowsIt() {
        CaptureException e =
                DialogRun.failure(IOS, transcript("""
                << R1>
                >> enable\\n
                <| enable
                << Password:\\s
                >> ${enable}\\n
                << ${enable}\\r\\nstrange device ${enable}
                """.replace("${enable}", TestDrivers.LOGIN.enableSecret())));

        assertThat(e.kind()).isEqualTo(FailureKind.TIMEOUT);
        assertThat(e.getMessage())
                .doesNotContain(TestDrivers.LOGIN.enableSecret())
                .contains("<removed>");
    }

    @Test
    void aClosedConnectionBeforeThePromptIsConnectionLost() {
        CaptureException e = DialogRun.failure(IOS, transcript("<| Connection refused by policy\n== EOF\n"));

        assertThat(e.kind()).isEqualTo(FailureKind.CONNECTION_LOST);
        assertThat(e.step()).isEqualTo("login");
    }
}
