package io.nocvault.bench;

/** The knobs of a capture benchmark, from {@code --name=value} arguments. */
record BenchSettings(
        int devices,
        int basePort,
        int jumpPort,
        int concurrency,
        int configLines,
        String username,
        String password,
        String enableSecret) {

    /** The same settings with another number of devices. */
    BenchSettings withDevices(int count) {
        return new BenchSettings(count, basePort, jumpPort, concurrency, configLines, username, password, enableSecret);
    }

    /** The same settings with another number of devices at once. */
    BenchSettings withConcurrency(int atOnce) {
        return new BenchSettings(devices, basePort, jumpPort, atOnce, configLines, username, password, enableSecret);
    }

    static BenchSettings parse(String[] args) {
        java.util.Map<String, String> map = new java.util.HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("arguments are --name=value, got " + arg);
            }
            map.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        return new BenchSettings(
                Integer.parseInt(map.getOrDefault("devices", "1000")),
                Integer.parseInt(map.getOrDefault("base-port", "30000")),
                Integer.parseInt(map.getOrDefault("jump-port", "29999")),
                Integer.parseInt(map.getOrDefault("concurrency", "64")),
                Integer.parseInt(map.getOrDefault("config-lines", "300")),
                "bench",
                "bench-Pass-" + Long.toHexString(System.nanoTime()),
                "enable-" + Long.toHexString(System.nanoTime()));
    }
}
