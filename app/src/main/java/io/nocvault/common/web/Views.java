package io.nocvault.common.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * One rule for htmx: the same URL renders the whole page, or for an {@code HX-Request} only the page's
 * {@code <main>} element (the layout around it is already on screen).
 */
public final class Views {

    private Views() {}

    public static String page(HttpServletRequest request, String view) {
        return isHtmx(request) ? view + " :: main" : view;
    }

    public static boolean isHtmx(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null;
    }
}
