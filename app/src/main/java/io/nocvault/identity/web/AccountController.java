package io.nocvault.identity.web;

import io.nocvault.common.web.Views;
import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.internal.AccountService;
import io.nocvault.identity.internal.UserRecord;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The account page: the user's profile and UI preferences (theme, compact mode, hidden sidebar). */
@Controller
class AccountController {

    private final AccountService accounts;
    private final Clock clock;

    AccountController(AccountService accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal AuthenticatedUser user, HttpServletRequest request, Model model) {
        UserRecord profile = accounts.profile(user);
        model.addAttribute("profile", UserView.of(profile, user, clock.instant()));
        model.addAttribute("preferences", profile.preferences());
        return Views.page(request, "identity/account");
    }

    @PostMapping("/account/preferences")
    String savePreferences(
            @AuthenticationPrincipal AuthenticatedUser user,
            @RequestParam(defaultValue = "light") String theme,
            @RequestParam(defaultValue = "false") boolean compact,
            @RequestParam(defaultValue = "false") boolean sidebarHidden,
            RedirectAttributes redirect) {
        accounts.savePreferences(user, new UserRecord.Preferences(theme, compact, sidebarHidden));
        redirect.addFlashAttribute("flashSuccess", "Preferences saved.");
        return "redirect:/account";
    }

    /** Called by the sidebar toggle (static/js/nocvault.js). */
    @PostMapping("/account/preferences/sidebar")
    ResponseEntity<Void> sidebar(
            @AuthenticationPrincipal AuthenticatedUser user, @RequestParam(defaultValue = "false") boolean hidden) {
        accounts.setSidebarHidden(user, hidden);
        return ResponseEntity.noContent().build();
    }
}
