package io.nocvault.identity.web;

import io.nocvault.identity.CurrentUsers;
import io.nocvault.identity.internal.CurrentUserView;
import io.nocvault.identity.internal.UserStore;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every UI page the model attributes {@code requestPath} and {@code currentUser} ({@link CurrentUserView}: username, fullName,
 * roleLabel, theme, compact, sidebarHidden, admin, headAdmin), or {@code null} for anonymous requests. The
 * session filter has usually read the user already in this request; API requests skip it.
 */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

    private final CurrentUsers currentUsers;
    private final UserStore users;

    CurrentUserAdvice(CurrentUsers currentUsers, UserStore users) {
        this.currentUsers = currentUsers;
        this.users = users;
    }

    /** The path of the page, for the sidebar's active link (Thymeleaf 3.1 no longer exposes {@code #request}). */
    @ModelAttribute("requestPath")
    String requestPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("currentUser")
    CurrentUserView currentUser(HttpServletRequest request) {
        if (request.getAttribute(CurrentUserView.ATTRIBUTE) instanceof CurrentUserView view) {
            return view;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        return currentUsers
                .current()
                .flatMap(user -> users.find(user.id()))
                .map(CurrentUserView::of)
                .orElse(null);
    }
}
