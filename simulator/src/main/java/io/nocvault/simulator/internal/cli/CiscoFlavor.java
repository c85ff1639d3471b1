package io.nocvault.simulator.internal.cli;

/** The differences between the Cisco-style platforms of docs/platforms.md. */
enum CiscoFlavor {
    IOS(true, true, "terminal length 0", "", "% Bad secrets"),
    IOSXE(true, true, "terminal length 0", "", "% Bad secrets"),
    NXOS(false, false, "terminal length 0", "", ""),
    IOSXR(false, false, "terminal length 0", "RP/0/RP0/CPU0:", ""),
    ASA(true, false, "terminal pager 0", "", "% Bad secrets"),
    EOS(true, true, "terminal length 0", "", "% Access denied");

    final boolean enable;
    final boolean configMode;
    final String pagingOff;
    final String promptPrefix;
    final String enableDenied;

    CiscoFlavor(boolean enable, boolean configMode, String pagingOff, String promptPrefix, String enableDenied) {
        this.enable = enable;
        this.configMode = configMode;
        this.pagingOff = pagingOff;
        this.promptPrefix = promptPrefix;
        this.enableDenied = enableDenied;
    }

    /** Whether {@code show running-config | no-more} is understood. */
    boolean noMore() {
        return this == NXOS || this == EOS || this == IOSXR;
    }
}
