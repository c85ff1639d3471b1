package io.nocvault.identity.web;

import io.nocvault.common.NotFoundException;
import io.nocvault.common.web.Views;
import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.internal.ApiTokenService;
import io.nocvault.identity.internal.InvalidFieldException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's personal API tokens: list, create (the token is shown once), revoke. */
@Controller
class TokensController {

    private final ApiTokenService tokens;

    TokensController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/account/tokens")
    String list(@AuthenticationPrincipal AuthenticatedUser user, HttpServletRequest request, Model model) {
        fill(user, model, Map.of(), null, null);
        return Views.page(request, "identity/tokens");
    }

    @PostMapping("/account/tokens")
    String create(
            @AuthenticationPrincipal AuthenticatedUser user,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) String expiresInDays,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        try {
            Integer days = expiresInDays == null || expiresInDays.isBlank() ? null : parseDays(expiresInDays);
            var created = tokens.create(user, name, days);
            redirect.addFlashAttribute("newToken", created.token());
            redirect.addFlashAttribute(
                    "flashSuccess", "Token \"" + created.record().name() + "\" created.");
            return "redirect:/account/tokens";
        } catch (InvalidFieldException e) {
            fill(user, model, FieldErrors.of(e), FieldErrors.redisplay(name), FieldErrors.redisplay(expiresInDays));
            return Views.page(request, "identity/tokens");
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long id, RedirectAttributes redirect) {
        try {
            tokens.revoke(user, id);
            redirect.addFlashAttribute("flashSuccess", "Token revoked.");
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("flashError", "No such token.");
        }
        return "redirect:/account/tokens";
    }

    private void fill(AuthenticatedUser user, Model model, Map<String, String> errors, String name, String days) {
        var now = tokens.now();
        model.addAttribute(
                "tokens",
                tokens.list(user).stream().map(t -> TokenView.of(t, now)).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("name", name);
        model.addAttribute("expiresInDays", days);
    }

    private static Integer parseDays(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("expiresInDays", "Give a whole number of days, or leave it empty");
        }
    }
}
