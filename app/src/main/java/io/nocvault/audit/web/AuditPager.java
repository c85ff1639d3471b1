package io.nocvault.audit.web;

import io.nocvault.audit.internal.AuditPage;
import io.nocvault.common.Paging;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where the list stands: "51–100 of 230", the previous and next page links (null at either end) and the CSV link
 * for the same filter. Links keep the request's own query string and change only {@code offset}.
 *
 * @param first the 1-based number of the first entry shown (0 when none)
 * @param last the number of the last entry shown
 * @param count entries matching the filter
 */
record AuditPager(long first, long last, long count, String previous, String next, String csv) {

    static AuditPager of(HttpServletRequest request, Paging paging, AuditPage page) {
        long shown = page.entries().size();
        long first = shown == 0 ? 0 : paging.offset() + 1;
        String previous = paging.offset() > 0 ? link(request, Math.max(0, paging.offset() - paging.limit())) : null;
        String next = paging.offset() + shown < page.count() ? link(request, paging.offset() + paging.limit()) : null;
        return new AuditPager(first, paging.offset() + shown, page.count(), previous, next, csv(request));
    }

    static AuditPager empty() {
        return new AuditPager(0, 0, 0, null, null, null);
    }

    private static String link(HttpServletRequest request, long offset) {
        return current(request).replaceQueryParam("offset", offset).build().toUriString();
    }

    private static String csv(HttpServletRequest request) {
        return current(request)
                .replacePath(request.getContextPath() + "/audit/export.csv")
                .replaceQueryParam("offset")
                .replaceQueryParam("limit")
                .build()
                .toUriString();
    }

    private static UriComponentsBuilder current(HttpServletRequest request) {
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
    }
}
