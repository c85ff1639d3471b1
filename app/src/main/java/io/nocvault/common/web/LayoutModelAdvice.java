package io.nocvault.common.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs from the request. Thymeleaf 3.1 no longer offers {@code #request} to templates, so the
 * sidebar reads the path (without context path) from {@code requestPath} to mark the active entry.
 */
@ControllerAdvice
class LayoutModelAdvice {

    @ModelAttribute("requestPath")
    String requestPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
