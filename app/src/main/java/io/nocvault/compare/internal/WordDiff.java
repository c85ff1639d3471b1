package io.nocvault.compare.internal;

import io.nocvault.compare.Comparison.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The changed parts of a pair of lines: both lines are cut into words (letters, digits, {@code _}), runs of
 * white space and single other characters, the token sequences are diffed, and each run of changed tokens
 * becomes a {@link Span}.
 */
final class WordDiff {

    private static final int WORD = 0;
    private static final int SPACE = 1;
    private static final int OTHER = 2;

    private WordDiff() {}

    /** The changed parts of an old and a new line. */
    record Highlights(List<Span> from, List<Span> to) {}

    /** Lines longer than this (certificates, huge banners) are highlighted as a whole instead of word by word. */
    static final int MAX_LINE = 10_000;

    /** The changed parts of both lines. */
    static Highlights spans(String oldLine, String newLine) {
        if (oldLine.equals(newLine)) {
            return new Highlights(List.of(), List.of());
        }
        if (oldLine.length() > MAX_LINE || newLine.length() > MAX_LINE) {
            return new Highlights(whole(oldLine), whole(newLine));
        }
        List<int[]> oldTokens = tokens(oldLine);
        List<int[]> newTokens = tokens(newLine);
        LineIds ids = new LineIds(oldTokens.size() + newTokens.size());
        int[] a = ids.of(texts(oldLine, oldTokens));
        int[] b = ids.of(texts(newLine, newTokens));
        EditFlags flags = MyersDiff.diff(a, b, ids.count());
        return new Highlights(spansOf(oldTokens, flags.removed()), spansOf(newTokens, flags.added()));
    }

    private static List<Span> whole(String line) {
        return line.isEmpty() ? List.of() : List.of(new Span(0, line.length()));
    }

    /** Token boundaries as {@code [start, end)} pairs. */
    static List<int[]> tokens(String line) {
        List<int[]> tokens = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            int kind = kind(line.charAt(i));
            int end = i + 1;
            if (kind != OTHER) {
                while (end < line.length() && kind(line.charAt(end)) == kind) {
                    end++;
                }
            }
            tokens.add(new int[] {i, end});
            i = end;
        }
        return tokens;
    }

    private static int kind(char c) {
        if (Character.isLetterOrDigit(c) || c == '_') {
            return WORD;
        }
        return Character.isWhitespace(c) ? SPACE : OTHER;
    }

    private static List<String> texts(String line, List<int[]> tokens) {
        List<String> texts = new ArrayList<>(tokens.size());
        for (int[] token : tokens) {
            texts.add(line.substring(token[0], token[1]));
        }
        return texts;
    }

    private static List<Span> spansOf(List<int[]> tokens, boolean[] changed) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!changed[i]) {
                i++;
                continue;
            }
            int start = tokens.get(i)[0];
            while (i < tokens.size() && changed[i]) {
                i++;
            }
            spans.add(new Span(start, tokens.get(i - 1)[1]));
        }
        return spans;
    }
}
