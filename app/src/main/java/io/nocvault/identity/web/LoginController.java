package io.nocvault.identity.web;

import io.nocvault.identity.CurrentUsers;
import io.nocvault.identity.internal.LoginResult;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page (a standalone page: no layout). The start page {@code /} is the reporting module's dashboard. */
@Controller
class LoginController {

    private final CurrentUsers currentUsers;

    LoginController(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    /** The page words the outcome named by a bare query parameter ({@code ?error}, {@code ?locked}, ...). */
    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        if (currentUsers.current().isPresent()) {
            return "redirect:/";
        }
        Map<String, String[]> params = request.getParameterMap();
        if (params.containsKey("locked")) {
            model.addAttribute("error", LoginResult.Failure.LOCKED_MESSAGE);
        } else if (params.containsKey("suspended")) {
            model.addAttribute("error", LoginResult.Failure.SUSPENDED_MESSAGE);
        } else if (params.containsKey("error")) {
            model.addAttribute("error", LoginResult.Failure.INVALID_MESSAGE);
        } else if (params.containsKey("expired")) {
            model.addAttribute("error", "Your session has ended. Please log in again.");
        } else if (params.containsKey("logout")) {
            model.addAttribute("info", "You have been logged out.");
        }
        return "identity/login";
    }
}
