package io.nocvault.simulator.internal.config;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The config of one device. Generated lazily on first use and kept as one compact string; every read refreshes the
 * platform's volatile lines. The split lines, each line's volatile rule and the UTF-8 sizes are kept until the text
 * changes, so a read only renders the volatile lines.
 */
public final class DeviceConfig {

    private static final String SIZE_PREFIX = "Current configuration : ";

    private final ConfigProfile profile;
    private final Supplier<List<String>> generator;
    private String text;
    private Lines split;
    private int mutations;
    private long reads;
    private long lastReadMillis;

    public DeviceConfig(ConfigProfile profile, Supplier<List<String>> generator) {
        this.profile = profile;
        this.generator = generator;
    }

    /**
     * The current text's lines, each line's volatile rule ({@code null} for a line that never changes) and, with a
     * size line, its index and the UTF-8 bytes (with their line ends) of the unchanging lines after it.
     */
    private record Lines(String[] lines, LineRule[] rules, int sizeIndex, long staticBytesAfterSize) {}

    /** A fresh read: the config lines as the config command prints them now. */
    public synchronized List<String> read() {
        ReadStamp stamp = ReadStamp.next(lastReadMillis, ++reads);
        lastReadMillis = stamp.epochMillis();
        Lines current = split();
        String[] lines = current.lines();
        List<String> out = new ArrayList<>(lines.length);
        long bytesAfterSize = current.staticBytesAfterSize();
        for (int i = 0; i < lines.length; i++) {
            LineRule rule = current.rules()[i];
            if (rule == null) {
                out.add(lines[i]);
            } else {
                String line = rule.refresh(lines[i], stamp, i);
                out.add(line);
                if (current.sizeIndex() >= 0 && i > current.sizeIndex()) {
                    bytesAfterSize += line.getBytes(StandardCharsets.UTF_8).length + 1;
                }
            }
        }
        if (current.sizeIndex() >= 0) {
            out.set(current.sizeIndex(), SIZE_PREFIX + bytesAfterSize + " bytes");
        }
        return out;
    }

    /** The config without volatile and header lines, each line ending in {@code \n}. */
    public synchronized String normalized() {
        StringBuilder sb = new StringBuilder();
        Lines current = split();
        String[] lines = current.lines();
        for (int i = 0; i < lines.length; i++) {
            LineRule rule = current.rules()[i];
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
        split = null;
    }

    /**
     * Replaces the config by lines pushed in configuration mode. Lines pushed without the platform's comment and
     * header lines keep the current text's ones in place ({@link RestoredText}), as the device regenerates them; a
     * pushed text with comment lines is taken as it is, the platform header added when it carries none of the
     * platform's header or volatile lines. The end marker is added when it is missing.
     */
    public synchronized void restore(List<String> pushed) {
        List<String> lines = withoutTrailingBlankLines(pushed);
        String marker = profile.endMarker();
        if (RestoredText.carriesComments(lines)) {
            lines = withHeader(lines);
        } else {
            List<String> current = new ArrayList<>(Arrays.asList(lines()));
            if (marker != null && !current.isEmpty() && current.getLast().equals(marker)) {
                current.removeLast();
            }
            lines = withoutTrailingBlankLines(
                    RestoredText.merge(current, lines, (line, index) -> profile.ruleFor(line, index) != null));
        }
        if (marker != null && (lines.isEmpty() || !lines.getLast().equals(marker))) {
            lines.add(marker);
        }
        text = String.join("\n", lines);
        split = null;
    }

    /** The lines with the platform header in front unless they carry one of its header or volatile lines. */
    private List<String> withHeader(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (profile.ruleFor(lines.get(i), i) != null) {
                return lines;
            }
        }
        lines.addAll(0, profile.header());
        return lines;
    }

    private static List<String> withoutTrailingBlankLines(List<String> lines) {
        List<String> trimmed = new ArrayList<>(lines);
        while (!trimmed.isEmpty() && trimmed.getLast().isBlank()) {
            trimmed.removeLast();
        }
        return trimmed;
    }

    /** Applies the next deterministic change; returns the new normalised config. */
    public synchronized String mutate() {
        List<String> changed = ConfigMutator.mutate(Arrays.asList(lines()), profile, ++mutations);
        text = String.join("\n", changed);
        split = null;
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

    private Lines split() {
        if (split == null) {
            String[] lines = lines();
            LineRule[] rules = new LineRule[lines.length];
            int sizeIndex = -1;
            long staticBytes = 0;
            for (int i = 0; i < lines.length; i++) {
                rules[i] = profile.ruleFor(lines[i], i);
                if (profile.sizeLine() && sizeIndex < 0 && lines[i].startsWith(SIZE_PREFIX)) {
                    sizeIndex = i;
                } else if (sizeIndex >= 0 && rules[i] == null) {
                    staticBytes += lines[i].getBytes(StandardCharsets.UTF_8).length + 1;
                }
            }
            split = new Lines(lines, rules, sizeIndex, staticBytes);
        }
        return split;
    }
}
