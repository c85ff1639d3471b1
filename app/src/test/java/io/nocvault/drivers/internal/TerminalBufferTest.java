package io.nocvault.drivers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Line ends, escape codes, backspaces and pager erasure, as a terminal would show them. */
class TerminalBufferTest {

    static TerminalBuffer feed(String... chunks) {
        TerminalBuffer buffer = new TerminalBuffer();
        for (String chunk : chunks) {
            buffer.append(chunk);
        }
        return buffer;
    }

    @Test
    void treatsCrLfCrAndLfAlike() {
        TerminalBuffer buffer = feed("a\r\nb\rc\nd\n\re\r\r\nf\r", "\ng");

        assertThat(buffer.committed().toString()).isEqualTo("a\nb\nc\nd\ne\nf\n");
        assertThat(buffer.tail()).isEqualTo("g");
    }

    @Test
    void keepsBlankLinesOfCrOnlyOutput() {
        assertThat(feed("a\r\rb\rc").committed().toString()).isEqualTo("a\n\nb\n");
    }

    @Test
    void appliesBackspacesAsCursorMovesWithOverwrite() {
        assertThat(feed("abc\b\bXY\n").committed().toString()).isEqualTo("aXY\n");
        assertThat(feed("abcdef\b\b\b\b\b\b      \b\b\b\b\b\bend\n").committed().toString())
                .isEqualTo("end\n");
    }

    @Test
    void dropsColoursTitlesAndModesAndAppliesLineEdits() {
        TerminalBuffer buffer =
                feed("\u001b[1;31mred\u001b[0m \u001b]0;title\u0007ok\u001b[?2004h\n", "abc\u001b[2Dx\u001b[K\n");

        assertThat(buffer.committed().toString()).isEqualTo("red ok\nax\n");
    }

    @Test
    void anEscapeSequenceMaySpanChunks() {
        assertThat(feed("R1\u001b[", "0", "1;3", "2m#").tail()).isEqualTo("R1#");
    }

    @Test
    void erasesAPagerPromptAndTheDeviceEraseSequenceButKeepsIndentation() {
        TerminalBuffer buffer = feed("line 1\n --More-- ");
        buffer.erasePager(0);
        buffer.append("\r          \r  indented\n");

        assertThat(buffer.committed().toString()).isEqualTo("line 1\n  indented\n");
    }

    @Test
    void aPagerOnItsOwnLineFollowedByALineEndLeavesNoBlankLine() {
        TerminalBuffer buffer = feed("line 1\n--More--");
        buffer.erasePager(0);
        buffer.append("\r\nline 2\n");

        assertThat(buffer.committed().toString()).isEqualTo("line 1\nline 2\n");
    }

    @Test
    void aPendingLineEndHidesTheOldTail() {
        assertThat(feed("R1#\r").tail()).isEmpty();
    }
}
