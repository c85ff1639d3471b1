package io.nocvault.simulator;

import java.io.IOException;

/** Logs in to a device and prepares it for reading, following the {@link Contract}. */
final class Dialog {

    private Dialog() {}

    /** Logs in and waits for the first prompt (answering ProCurve's "Press any key"). */
    static Term login(Contract c, SimulatedDevice d) throws IOException {
        Term t = Term.open(d.port(), c.login(d), d.password());
        if (c.key().equals("hp_procurve")) {
            t.expect("Press any key to continue");
            t.send(" ");
        }
        t.expect(c.prompt(d));
        return t;
    }

    /** Logs in, enables when the platform needs it and disables paging. */
    static Term ready(Contract c, SimulatedDevice d) throws IOException {
        Term t = login(c, d);
        enable(t, c, d);
        for (String command : c.pagingOff()) {
            t.command(command, c.anyPrompt(d));
        }
        return t;
    }

    static void enable(Term t, Contract c, SimulatedDevice d) throws IOException {
        if (c.enable()) {
            t.send("enable\n");
            t.expect("Password:");
            t.send(d.enableSecret() + "\n");
            t.expect(c.privilegedPrompt(d));
        }
    }

    static String readConfig(Term t, Contract c, SimulatedDevice d) throws IOException {
        return t.command(c.configCommand(), c.privilegedPrompt(d));
    }
}
