package io.nocvault.drivers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A recorded dialog (format in docs/drivers.md, "Golden tests"): what the device sends, in chunks, and what the
 * engine is expected to send, in order.
 */
record Transcript(List<Step> steps) {

    sealed interface Step permits Device, Expect, Pause, Close {}

    /** The device sends a chunk. */
    record Device(String text) implements Step {}

    /** The engine must send exactly this (shown as {@code shown} in failures, so secrets stay placeholders). */
    record Expect(String text, String shown) implements Step {}

    /** The device pauses. */
    record Pause(long millis) implements Step {}

    /** The device closes the channel. */
    record Close() implements Step {}

    static Transcript parse(String text, Map<String, String> placeholders) {
        List<Step> steps = new ArrayList<>();
        int number = 0;
        for (String line : text.split("\n", -1)) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String op = line.length() >= 2 ? line.substring(0, 2) : line;
            String arg = line.length() > 3 ? line.substring(3) : "";
            steps.add(
                    switch (op) {
                        case "<<" -> new Device(unescape(arg));
                        case "<|" -> new Device(unescape(arg) + "\r\n");
                        case ">>" -> new Expect(unescape(substitute(arg, placeholders)), arg);
                        case ".." -> new Pause(Long.parseLong(arg.strip().replace("ms", "")));
                        case "==" -> new Close();
                        default ->
                            throw new IllegalArgumentException("transcript line " + number + ": unknown '" + op + "'");
                    });
        }
        return new Transcript(List.copyOf(steps));
    }

    /** The same dialog with every device chunk split into single characters. */
    Transcript charByChar() {
        List<Step> result = new ArrayList<>();
        for (Step step : steps) {
            if (step instanceof Device(String text)) {
                text.chars().forEach(c -> result.add(new Device(String.valueOf((char) c))));
            } else {
                result.add(step);
            }
        }
        return new Transcript(result);
    }

    /** The same dialog with consecutive device chunks joined into one. */
    Transcript coalesced() {
        List<Step> result = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (Step step : steps) {
            if (step instanceof Device(String text)) {
                pending.append(text);
                continue;
            }
            if (!pending.isEmpty()) {
                result.add(new Device(pending.toString()));
                pending.setLength(0);
            }
            result.add(step);
        }
        if (!pending.isEmpty()) {
            result.add(new Device(pending.toString()));
        }
        return new Transcript(result);
    }

    private static String substitute(String text, Map<String, String> placeholders) {
        String result = text;
        for (Map.Entry<String, String> e : placeholders.entrySet()) {
            result = result.replace("${" + e.getKey() + "}", e.getValue());
        }
        return result;
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char n = text.charAt(++i);
            switch (n) {
                case 'r' -> out.append('\r');
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'e' -> out.append('\u001b');
                case 'b' -> out.append('\b');
                case 's' -> out.append(' ');
                case 'x' -> {
                    out.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                default -> out.append(n);
            }
        }
        return out.toString();
    }
}
