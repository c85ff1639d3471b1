package io.nocvault.simulator.internal.shell;

import java.util.List;

/** Output being shown page by page: the lines, how far it got, and what to do at the end. */
record Paging(List<String> lines, boolean pages, int slowChunk, Runnable after, int position) {

    Paging(List<String> lines, boolean pages, int slowChunk, Runnable after) {
        this(lines, pages, slowChunk, after, 0);
    }

    Paging at(int newPosition) {
        return new Paging(lines, pages, slowChunk, after, newPosition);
    }
}
