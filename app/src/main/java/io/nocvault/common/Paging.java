package io.nocvault.common;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * {@code limit}/{@code offset} of an API list or UI page; out-of-range values are clamped, never an error.
 * Bind it from request parameters with {@code Paging.of(limit, offset)}.
 */
public record Paging(int limit, long offset) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;

    public Paging {
        limit = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
        offset = Math.max(0, offset);
    }

    public static Paging of(Integer limit, Long offset) {
        return new Paging(limit == null ? DEFAULT_LIMIT : limit, offset == null ? 0 : offset);
    }

    /** A Spring Data pageable for this window; the offset is rounded down to a multiple of the limit. */
    public Pageable pageable(Sort sort) {
        return new OffsetPageable(offset, limit, sort);
    }
}
