package io.nocvault.common;

import java.util.function.Consumer;

/**
 * Rows to be read later, one at a time, without holding them in memory. The caller's NOC scope is fixed when the
 * walk is made (on the request thread), so the walk itself may run on another thread, e.g. inside a
 * {@code StreamingResponseBody}.
 */
@FunctionalInterface
public interface Walk<T> {

    /** Reads the rows and hands each to {@code sink}, in the walk's order. */
    void forEach(Consumer<? super T> sink);
}
