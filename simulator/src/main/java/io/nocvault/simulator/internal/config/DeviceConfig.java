package io.nocvault.simulator.internal.config;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The config of one device. Generated lazily on first use and kept as one compact string; every read refreshes the
 * platform's volatile lines.
 */
public final class DeviceConfig {

    private static final String SIZE_PREFIX = "Current configuration : ";

    private final ConfigProfile profile;
    private final Supplier<List<String>> generator;
    private String text;
    private int mutations;
    private long reads;
    private long lastReadMillis;

    public DeviceConfig(ConfigProfile profile, Supplier<List<String>> generator) {
        this.profile = profile;
        this.generator = generator;
    }

    /** A fresh read: the config lines as the config command prints them now. */
    public synchronized List<String> read() {
        ReadStamp stamp = ReadStamp.next(lastReadMillis, ++reads);
        lastReadMillis = stamp.epochMillis();
        String[] lines = lines();
        List<String> out = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            LineRule rule = profile.ruleFor(lines[i], i);
            out.add(rule == null ? lines[i] : rule.refresh(lines[i], stamp, i));
        }
        if (profile.sizeLine()) {
            fillSize(out);
        }
        return out;
    }

    /** The config without volatile and header lines, each line ending in {@code \n}. */
    public synchronized String normalized() {
        StringBuilder sb = new StringBuilder();
        String[] lines = lines();
        for (int i = 0; i < lines.length; i++) {
            LineRule rule = profile.ruleFor(lines[i], i);
            String kept = rule == null ? lines[i] : rule.normalize(lines[i]);
            if (kept != null) {
                sb.append(kept).append('\n');
            }
        }
        return sb.toString();
    }

    /** Replaces the config by exactly this text (line ends normalised, one final newline ignored). */
    public synchronized void set(String config) {
        String t = config.replace("\r\n", "\n").replace('\r', '\n');
        text = t.endsWith("\n") ? t.substring(0, t.length() - 1) : t;
    }

    /**
     * Replaces the config by lines pushed in configuration mode. The platform header is added when the pushed lines
     * carry none of the platform's header or volatile lines, the end marker when it is missing.
     */
    public synchronized void restore(List<String> pushed) {
        List<String> lines = new ArrayList<>(pushed);
        while (!lines.isEmpty() && lines.getLast().isBlank()) {
            lines.removeLast();
        }
        boolean hasHeader = false;
        for (int i = 0; i < lines.size() && !hasHeader; i++) {
            hasHeader = profile.ruleFor(lines.get(i), i) != null;
        }
        if (!hasHeader) {
            lines.addAll(0, profile.header());
        }
        String marker = profile.endMarker();
        if (marker != null && (lines.isEmpty() || !lines.getLast().equals(marker))) {
            lines.add(marker);
        }
        text = String.join("\n", lines);
    }

    /** Applies the next deterministic change; returns the new normalised config. */
    public synchronized String mutate() {
        List<String> changed = ConfigMutator.mutate(Arrays.asList(lines()), profile, ++mutations);
        text = String.join("\n", changed);
        return normalized();
    }

    public synchronized long reads() {
        return reads;
    }

    private String[] lines() {
        if (text == null) {
            text = String.join("\n", generator.get());
        }
        return text.isEmpty() ? new String[0] : text.split("\n", -1);
    }

    private static void fillSize(List<String> out) {
        int index = -1;
        long bytes = 0;
        for (int i = 0; i < out.size(); i++) {
            String line = out.get(i);
            if (index < 0 && line.startsWith(SIZE_PREFIX)) {
                index = i;
            } else if (index >= 0) {
                bytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
            }
        }
        if (index >= 0) {
            out.set(index, SIZE_PREFIX + bytes + " bytes");
        }
    }
}
