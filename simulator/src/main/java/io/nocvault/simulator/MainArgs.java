package io.nocvault.simulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The standalone simulator's command line. */
record MainArgs(
        boolean help,
        int devices,
        int basePort,
        List<String> platforms,
        String username,
        String password,
        String enableSecret,
        Integer jumpPort,
        String jumpUsername,
        String jumpPassword,
        int configLines,
        long seed) {

    /** A command line that cannot be used; the message says why. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    private static final Set<String> OPTIONS = Set.of(
            "--devices",
            "--base-port",
            "--platforms",
            "--username",
            "--password",
            "--enable-secret",
            "--jump-port",
            "--jump-username",
            "--jump-password",
            "--config-lines",
            "--seed");

    static final String USAGE = String.join(
            "\n",
            "Usage: java -jar nocvault-simulator.jar --devices N --username U --password W [options]",
            "",
            "Serves N simulated network devices over SSH on 127.0.0.1; platforms are assigned round-robin.",
            "",
            "  --devices N         number of devices (1 to 60000)",
            "  --base-port P       first device port; devices listen on P to P+N-1 (default 0: ephemeral ports)",
            "  --platforms LIST    comma-separated platform keys (default: all of them):",
            "                      " + String.join(",", Platforms.keys()),
            "  --username U        login user name of every device",
            "  --password W        login password of every device",
            "  --enable-secret S   enable password (default: none, enable asks for no password)",
            "  --jump-port J       also run a jump host on port J (0: ephemeral) forwarding to the devices only",
            "  --jump-username U   jump host user name (default: the --username)",
            "  --jump-password W   jump host password (default: the --password)",
            "  --config-lines L    approximate config size in lines (default 300)",
            "  --seed X            seed of the generated configs (default 1)",
            "  --help              print this help",
            "",
            "Prints one line per device, \"platform 127.0.0.1:port hostname\", then serves until stopped",
            "(Ctrl-C or SIGTERM).");

    static MainArgs parse(String[] args) throws UsageException {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return new MainArgs(true, 0, 0, List.of(), null, null, null, null, null, null, 0, 0);
            }
            String name = arg;
            String value;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                value = null;
            }
            if (!OPTIONS.contains(name)) {
                throw new UsageException("unknown argument '" + arg + "'");
            }
            if (value == null) {
                throw new UsageException(name + " needs a value");
            }
            values.put(name, value);
        }
        return fromValues(values);
    }

    private static MainArgs fromValues(Map<String, String> v) throws UsageException {
        int devices = number(v, "--devices", null, 1, 60_000);
        int basePort = number(v, "--base-port", 0, 0, 65_535);
        if (basePort > 0 && basePort + devices - 1 > 65_535) {
            throw new UsageException("--base-port " + basePort + " with " + devices + " devices exceeds port 65535");
        }
        List<String> platforms = platforms(v.get("--platforms"));
        String username = required(v, "--username");
        String password = required(v, "--password");
        Integer jumpPort = v.containsKey("--jump-port") ? number(v, "--jump-port", null, 0, 65_535) : null;
        int lines = number(v, "--config-lines", 300, 1, 5_000_000);
        long seed;
        try {
            seed = Long.parseLong(v.getOrDefault("--seed", "1"));
        } catch (NumberFormatException e) {
            throw new UsageException("--seed must be a number, not '" + v.get("--seed") + "'");
        }
        return new MainArgs(
                false,
                devices,
                basePort,
                platforms,
                username,
                password,
                v.get("--enable-secret"),
                jumpPort,
                v.getOrDefault("--jump-username", username),
                v.getOrDefault("--jump-password", password),
                lines,
                seed);
    }

    private static List<String> platforms(String list) throws UsageException {
        if (list == null) {
            return Platforms.keys();
        }
        List<String> platforms = new ArrayList<>();
        for (String key : Arrays.asList(list.split(","))) {
            String k = key.strip();
            if (!Platforms.keys().contains(k)) {
                throw new UsageException("unknown platform '" + k + "'; known: " + String.join(",", Platforms.keys()));
            }
            platforms.add(k);
        }
        if (platforms.isEmpty()) {
            throw new UsageException("--platforms is empty");
        }
        return platforms;
    }

    private static String required(Map<String, String> v, String name) throws UsageException {
        String value = v.get(name);
        if (value == null || value.isEmpty()) {
            throw new UsageException(name + " is required");
        }
        return value;
    }

    private static int number(Map<String, String> v, String name, Integer fallback, int min, int max)
            throws UsageException {
        String text = v.get(name);
        if (text == null) {
            if (fallback == null) {
                throw new UsageException(name + " is required");
            }
            return fallback;
        }
        try {
            int n = Integer.parseInt(text);
            if (n < min || n > max) {
                throw new UsageException(name + " must be between " + min + " and " + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a number, not '" + text + "'");
        }
    }
}
