package io.nocvault.common.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the model attribute {@code currentPath} (the request path without the context path), which the
 * sidebar uses to mark the active entry: Thymeleaf 3.1 no longer offers {@code #request} to templates.
 */
@ControllerAdvice
class RequestPathAdvice {

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
