package io.nocvault.common;

import java.util.List;
import java.util.function.Function;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The one shape of every API list: {@code {count, next, previous, results}}, paged with {@code limit} and
 * {@code offset}.
 */
public record PageResponse<T>(long count, String next, String previous, List<T> results) {

    /** Builds the page for the current request, computing the next/previous links from its URL. */
    public static <T> PageResponse<T> of(long count, Paging paging, List<T> results) {
        String next = paging.offset() + paging.limit() < count
                ? link(paging.limit(), paging.offset() + paging.limit())
                : null;
        String previous =
                paging.offset() > 0 ? link(paging.limit(), Math.max(0, paging.offset() - paging.limit())) : null;
        return new PageResponse<>(count, next, previous, results);
    }

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(
                count, next, previous, results.stream().map(mapper).toList());
    }

    private static String link(int limit, long offset) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("limit", limit)
                .replaceQueryParam("offset", offset)
                .toUriString();
    }
}
