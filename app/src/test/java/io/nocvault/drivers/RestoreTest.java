package io.nocvault.drivers;

import static io.nocvault.drivers.DialogRun.transcript;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The restore procedures of cisco_ios and juniper_junos, replayed: push the config, then capture again. */
class RestoreTest {

    @Test
    void iosPushesConfigLinesInConfigureTerminalThenCapturesAgain() throws Exception {
        Driver ios = TestDrivers.derived("cisco_ios", "capture: [{section: inventory, remove: true}]");
        String config = "Building configuration...\n\nCurrent configuration : 99 bytes\n!\nhostname R1\n"
                + "interface Gi0/0\n description restored\n!\nend\n";
        String dialog = """
                << R1#
                >> terminal length 0\\n
                <| terminal length 0
                << R1#
                >> configure terminal\\n
                <| configure terminal
                <| Enter configuration commands, one per line.  End with CNTL/Z.
                << R1(config)#
                >> hostname R1\\n
                <| hostname R1
                << R1(config)#
                >> interface Gi0/0\\n
                <| interface Gi0/0
                << R1(config-if)#
                >> \\sdescription restored\\n
                <| \\sdescription restored
                << R1(config-if)#
                >> end\\n
                <| end
                << R1#
                >> show running-config\\n
                <| show running-config
                <| hostname R1
                <| interface Gi0/0
                <| \\sdescription restored
                <| end
                << R1#
                >> show version\\n
                <| show version
                <| Cisco IOS Software
                << R1#
                >> exit\\n
                """;
        RecordedDevice device = new RecordedDevice(transcript(dialog));
        CliDialog session = TestDrivers.engine().open(ios, device, TestDrivers.LOGIN);
        device.attach(session);

        CaptureResult result = session.restore(config);

        assertThat(device.problems()).isEmpty();
        assertThat(result.config()).isEqualTo("hostname R1\ninterface Gi0/0\n description restored\nend\n");
    }

    @Test
    void iosStopsAtARejectedConfigLine() {
        Driver ios = TestDrivers.derived("cisco_ios", "capture: [{section: inventory, remove: true}]");
        RecordedDevice device = new RecordedDevice(transcript("""
                << R1#
                >> terminal length 0\\n
                <| terminal length 0
                << R1#
                >> configure terminal\\n
                <| configure terminal
                << R1(config)#
                >> hostnme R1\\n
                <| hostnme R1
                <| \\s\\s\\s^
                <| % Invalid input detected at '^' marker.
                << R1(config)#
                """));
        CliDialog session = TestDrivers.engine().open(ios, device, TestDrivers.LOGIN);
        device.attach(session);

        assertThatThrownBy(() -> session.restore("hostnme R1\n")).isInstanceOfSatisfying(CaptureException.class, e -> {
            assertThat(e.kind()).isEqualTo(FailureKind.COMMAND_REJECTED);
            assertThat(e.step()).isEqualTo("restore line 1");
        });
    }

    @Test
    void junosLoadsOverrideFromTheTerminalAndCommits() throws Exception {
        Driver junos = TestDrivers.builtIn("juniper_junos");
        String dialog = """
                << admin@mx1>\\s
                >> set cli screen-length 0\\n
                <| set cli screen-length 0
                << admin@mx1>\\s
                >> configure\\n
                <| configure
                <| Entering configuration mode
                <|
                <| [edit]
                << admin@mx1#\\s
                >> load override terminal\\n
                <| load override terminal
                <| [Type ^D at a new line to end input]
                >> version 21.4R3.15;\\nsystem {\\n    host-name mx1;\\n}\\n
                <| version 21.4R3.15;
                <| system {
                <| \\s\\s\\s\\shost-name mx1;
                <| }
                >> \\x04
                <| load complete
                <|
                <| [edit]
                << admin@mx1#\\s
                >> commit and-quit\\n
                <| commit and-quit
                <| commit complete
                <| Exiting configuration mode
                <|
                << admin@mx1>\\s
                >> show configuration\\n
                <| show configuration
                <| version 21.4R3.15;
                <| system {
                <| \\s\\s\\s\\shost-name mx1;
                <| }
                << admin@mx1>\\s
                >> show version\\n
                <| show version
                <| Junos: 21.4R3.15
                << admin@mx1>\\s
                >> exit\\n
                """;
        RecordedDevice device = new RecordedDevice(transcript(dialog));
        CliDialog session = TestDrivers.engine().open(junos, device, TestDrivers.LOGIN);
        device.attach(session);

        CaptureResult result = session.restore(
                "## Last commit: 2025-11-23 09:30:00 UTC by admin\nversion 21.4R3.15;\nsystem {\n    host-name mx1;\n}\n");

        assertThat(device.problems()).isEmpty();
        assertThat(result.config()).endsWith("}\n").contains("host-name mx1;");
    }

    @Test
    void aDriverWithoutRestoreRefuses() {
        CliDialog session = TestDrivers.engine().open(TestDrivers.builtIn("cisco_nxos"), text -> {}, TestDrivers.LOGIN);

        assertThatThrownBy(() -> session.restore("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
