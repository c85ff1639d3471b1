package io.nocvault.compare.internal;

/**
 * Which lines of the old text are removed and which of the new text are added; the lines that are neither
 * pair up in order.
 */
record EditFlags(boolean[] removed, boolean[] added) {}
