package io.nocvault.audit;

import java.util.concurrent.atomic.AtomicLong;

/** Names and NOC ids no other test uses, since test classes share a database. */
public final class Unique {

    private static final long BASE = 1_000_000L + (System.nanoTime() % 1_000_000L) * 1_000L;
    private static final AtomicLong NEXT = new AtomicLong(BASE);

    private Unique() {}

    public static long nocId() {
        return NEXT.incrementAndGet();
    }

    public static String name(String prefix) {
        return prefix + "-" + NEXT.incrementAndGet();
    }
}
