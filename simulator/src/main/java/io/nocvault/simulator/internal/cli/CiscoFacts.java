package io.nocvault.simulator.internal.cli;

import io.nocvault.simulator.internal.DeviceState;
import java.util.List;

/** {@code show version} and {@code show inventory} texts of the Cisco-style platforms. */
final class CiscoFacts {

    private CiscoFacts() {}

    static List<String> version(CiscoFlavor flavor, DeviceState d) {
        return switch (flavor) {
            case IOS -> ios(d, "C2960X Software (C2960X-UNIVERSALK9-M), Version 15.2(7)E8", "WS-C2960X-48FPD-L");
            case IOSXE -> ios(d, "Catalyst L3 Switch Software (CAT9K_IOSXE), Version 17.9.4a", "C9300-48UXM");
            case NXOS -> nxos(d);
            case IOSXR -> iosxr(d);
            case ASA -> asa(d);
            case EOS -> eos(d);
        };
    }

    static List<String> inventory(DeviceState d) {
        String model = d.platform().equals("cisco_iosxe") ? "C9300-48UXM" : "WS-C2960X-48FPD-L";
        return List.of(
                "NAME: \"1\", DESCR: \"" + model + "\"",
                "PID: " + model + "  , VID: V05  , SN: " + Facts.serial(d, "FOC"),
                "",
                "NAME: \"Switch 1 - Power Supply A\", DESCR: \"Switch 1 - Power Supply A\"",
                "PID: PWR-C1-715WAC    , VID: V02  , SN: " + Facts.serial(d, "LIT"),
                "");
    }

    private static List<String> ios(DeviceState d, String software, String model) {
        return List.of(
                "Cisco IOS Software, " + software + ", RELEASE SOFTWARE (fc3)",
                "Technical Support: http://www.cisco.com/techsupport",
                "Copyright (c) 1986-2023 by Cisco Systems, Inc.",
                "Compiled Tue 28-Feb-23 03:31 by mcpre",
                "",
                "ROM: Bootstrap program is C2960X boot loader",
                "",
                d.hostname() + " uptime is " + Facts.ciscoUptime(d),
                "System returned to ROM by power-on",
                "System image file is \"flash:/image.bin\"",
                "",
                "cisco " + model + " (APM86XXX) processor (revision D0) with 524288K bytes of memory.",
                "Processor board ID " + Facts.serial(d, "FOC"),
                "48 Gigabit Ethernet interfaces",
                "",
                "Configuration register is 0xF",
                "");
    }

    private static List<String> nxos(DeviceState d) {
        return List.of(
                "Cisco Nexus Operating System (NX-OS) Software",
                "TAC support: http://www.cisco.com/tac",
                "",
                "Software",
                "  BIOS: version 05.45",
                "  NXOS: version 9.3(10)",
                "  NXOS image file is: bootflash:///nxos.9.3.10.bin",
                "",
                "Hardware",
                "  cisco Nexus9000 C93180YC-FX Chassis",
                "  Processor Board ID " + Facts.serial(d, "FDO"),
                "",
                "  Device name: " + d.hostname(),
                "",
                "Kernel uptime is " + Facts.clockUptime(d),
                "");
    }

    private static List<String> iosxr(DeviceState d) {
        return List.of(
                "Cisco IOS XR Software, Version 7.5.2",
                "Copyright (c) 2013-2022 by Cisco Systems, Inc.",
                "",
                "Build Information:",
                " Built By     : ingunawa",
                " Built On     : Tue Jul 12 09:44:55 PDT 2022",
                "",
                "cisco ASR9K () processor",
                "System uptime is " + Facts.ciscoUptime(d),
                "Serial number " + Facts.serial(d, "FOX"),
                "");
    }

    private static List<String> asa(DeviceState d) {
        return List.of(
                "",
                "Cisco Adaptive Security Appliance Software Version 9.16(4) ",
                "SSP Operating System Version 2.10(1.162)",
                "Device Manager Version 7.18(1)",
                "",
                "Compiled on Thu 21-Jul-22 13:45 GMT by builders",
                "System image file is \"disk0:/asa9-16-4-lfbff-k8.SPA\"",
                "Config file at boot was \"startup-config\"",
                "",
                d.hostname() + " up " + Facts.clockUptime(d),
                "",
                "Hardware:   ASA5516, 8192 MB RAM, CPU Atom C2000 series 2416 MHz, 1 CPU (8 cores)",
                "Serial Number: " + Facts.serial(d, "JAD"),
                "Configuration last modified by enable_15 at 09:12:44.123 UTC Mon Nov 23 2026");
    }

    private static List<String> eos(DeviceState d) {
        return List.of(
                "Arista DCS-7050SX3-48YC8",
                "Hardware version: 11.01",
                "Serial number: " + Facts.serial(d, "JPE"),
                "Hardware MAC address: 444c.a8de.0001",
                "System MAC address: 444c.a8de.0001",
                "",
                "Software image version: 4.30.1F",
                "Architecture: x86_64",
                "Internal build version: 4.30.1F-32308478.4301F",
                "",
                "Uptime: " + Facts.clockUptime(d),
                "Total memory: 32595016 kB",
                "Free memory: 26113156 kB",
                "");
    }
}
