package io.nocvault.simulator.internal.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;

/** Collects config lines; {@link #fill} repeats a block until a line budget is used up. */
public final class ConfigWriter {

    private final List<String> lines = new ArrayList<>();

    public ConfigWriter add(String... more) {
        Collections.addAll(lines, more);
        return this;
    }

    public ConfigWriter addAll(List<String> more) {
        lines.addAll(more);
        return this;
    }

    /** Formats one line. */
    public ConfigWriter f(String format, Object... args) {
        lines.add(String.format(format, args));
        return this;
    }

    /** Appends blocks {@code block(0)}, {@code block(1)}, … until at least {@code budget} lines were added. */
    public ConfigWriter fill(int budget, IntFunction<List<String>> block) {
        int start = lines.size();
        for (int i = 0; lines.size() - start < budget; i++) {
            lines.addAll(block.apply(i));
        }
        return this;
    }

    public int size() {
        return lines.size();
    }

    public List<String> lines() {
        return lines;
    }

    /**
     * Head, then filler blocks until the target size is reached, then tail. At least {@code minBlocks} blocks are
     * written so that small targets still get a few interfaces.
     */
    public static List<String> assemble(
            GenContext ctx, List<String> head, IntFunction<List<String>> block, int minBlocks, List<String> tail) {
        ConfigWriter w = new ConfigWriter().addAll(head);
        for (int i = 0; i < minBlocks; i++) {
            w.addAll(block.apply(i));
        }
        int budget = ctx.target() - w.size() - tail.size();
        w.fill(budget, i -> block.apply(i + minBlocks));
        return w.addAll(tail).lines();
    }
}
