package io.nocvault.compare.internal;

import io.nocvault.compare.Comparison.Block;
import io.nocvault.compare.Comparison.Line;
import java.util.List;

/** Writes blocks as GNU {@code diff -u --label FROM --label TO} does. */
final class UnifiedWriter {

    static final String NO_NEWLINE = "\\ No newline at end of file";

    private UnifiedWriter() {}

    static String write(String fromLabel, String toLabel, List<Block> blocks) {
        if (blocks.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(4096);
        out.append("--- ").append(fromLabel).append('\n');
        out.append("+++ ").append(toLabel).append('\n');
        for (Block block : blocks) {
            out.append(block.header()).append('\n');
            for (Line line : block.lines()) {
                out.append(line.marker()).append(line.text()).append('\n');
                if (line.noNewline()) {
                    out.append(NO_NEWLINE).append('\n');
                }
            }
        }
        return out.toString();
    }
}
