package io.nocvault.identity.web;

import io.nocvault.common.web.Views;
import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.internal.AccountService;
import io.nocvault.identity.internal.InvalidFieldException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Changing one's own password; the only page open while a password change is required. */
@Controller
class PasswordController {

    private final AccountService accounts;

    PasswordController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/password")
    String form(HttpServletRequest request, Model model) {
        model.addAttribute("errors", Map.of());
        return Views.page(request, "identity/password");
    }

    @PostMapping("/account/password")
    String change(
            @AuthenticationPrincipal AuthenticatedUser user,
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = FieldErrors.of(result);
        if (errors.isEmpty() && !form.newPassword().equals(form.confirmPassword())) {
            errors = Map.of("confirmPassword", "The two new passwords differ");
        }
        if (errors.isEmpty()) {
            try {
                accounts.changePassword(user, form.currentPassword(), form.newPassword());
                redirect.addFlashAttribute("flashSuccess", "Your password has been changed.");
                return "redirect:/account";
            } catch (InvalidFieldException e) {
                errors = FieldErrors.of(e);
            }
        }
        model.addAttribute("errors", errors);
        return Views.page(request, "identity/password");
    }
}
