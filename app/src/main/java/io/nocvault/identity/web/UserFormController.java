package io.nocvault.identity.web;

import io.nocvault.common.ConflictException;
import io.nocvault.common.web.Views;
import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import io.nocvault.identity.internal.ForbiddenOperationException;
import io.nocvault.identity.internal.InvalidFieldException;
import io.nocvault.identity.internal.NewUser;
import io.nocvault.identity.internal.UserChanges;
import io.nocvault.identity.internal.UserManagement;
import io.nocvault.identity.internal.UserPolicy;
import io.nocvault.identity.internal.UserRecord;
import io.nocvault.identity.internal.UserStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The new-user and edit-user forms, with errors shown next to their fields. */
@Controller
@RequestMapping("/users")
@PreAuthorize("hasRole('ADMIN')")
class UserFormController {

    private final UserManagement management;
    private final Clock clock;

    UserFormController(UserManagement management, Clock clock) {
        this.management = management;
        this.clock = clock;
    }

    @GetMapping("/new")
    String newUser(@AuthenticationPrincipal AuthenticatedUser actor, HttpServletRequest request, Model model) {
        return showNew(actor, NewUserForm.empty(), Map.of(), request, model);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal AuthenticatedUser actor,
            @Valid @ModelAttribute("form") NewUserForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>(FieldErrors.of(result));
        Role role = parse(Role.class, form.role(), "role", errors);
        UserStatus status =
                form.status() == null ? UserStatus.ACTIVE : parse(UserStatus.class, form.status(), "status", errors);
        if (errors.isEmpty()) {
            try {
                boolean mustChange = form.mustChangePassword();
                UserRecord created = management.create(
                        actor,
                        new NewUser(
                                form.username(),
                                form.email(),
                                form.fullName(),
                                role,
                                status,
                                form.password(),
                                mustChange));
                redirect.addFlashAttribute("flashSuccess", "User " + created.username() + " created.");
                return "redirect:/users/" + created.id();
            } catch (InvalidFieldException | ConflictException | ForbiddenOperationException e) {
                errors.putAll(FieldErrors.of(e));
            }
        }
        return showNew(actor, form.redisplay(), errors, request, model);
    }

    @GetMapping("/{id}/edit")
    String edit(
            @AuthenticationPrincipal AuthenticatedUser actor,
            @PathVariable long id,
            HttpServletRequest request,
            Model model) {
        UserRecord user = management.get(actor, id);
        return showEdit(actor, user, EditUserForm.of(user), Map.of(), request, model);
    }

    @PostMapping("/{id}/edit")
    String update(
            @AuthenticationPrincipal AuthenticatedUser actor,
            @PathVariable long id,
            @Valid @ModelAttribute("form") EditUserForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        UserRecord user = management.get(actor, id);
        Map<String, String> errors = new LinkedHashMap<>(FieldErrors.of(result));
        boolean roles = UserPolicy.canChangeRoleAndStatus(actor);
        Role role = roles && form.role() != null ? parse(Role.class, form.role(), "role", errors) : null;
        UserStatus status =
                roles && form.status() != null ? parse(UserStatus.class, form.status(), "status", errors) : null;
        String password = form.password() == null || form.password().isEmpty() ? null : form.password();
        if (errors.isEmpty()) {
            try {
                management.update(
                        actor,
                        id,
                        new UserChanges(
                                form.email(), form.fullName(), role, status, password, form.mustChangePassword()));
                redirect.addFlashAttribute("flashSuccess", "User " + user.username() + " saved.");
                return "redirect:/users/" + id;
            } catch (InvalidFieldException | ConflictException | ForbiddenOperationException e) {
                errors.putAll(FieldErrors.of(e));
            }
        }
        return showEdit(actor, user, form.redisplay(), errors, request, model);
    }

    private String showNew(
            AuthenticatedUser actor,
            NewUserForm form,
            Map<String, String> errors,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", UserPolicy.assignableRoles(actor));
        model.addAttribute("statuses", List.of(UserStatus.values()));
        model.addAttribute("canChangeStatus", UserPolicy.canChangeRoleAndStatus(actor));
        return Views.page(request, "identity/users/new");
    }

    private String showEdit(
            AuthenticatedUser actor,
            UserRecord user,
            EditUserForm form,
            Map<String, String> errors,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("user", UserView.of(user, actor, clock.instant()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", List.of(Role.values()));
        model.addAttribute("statuses", List.of(UserStatus.values()));
        return Views.page(request, "identity/users/edit");
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String field, Map<String, String> errors) {
        try {
            return Enum.valueOf(type, name == null ? "" : name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.putIfAbsent(field, "Choose one of the listed values");
            return null;
        }
    }
}
