package io.nocvault.identity.web;

import io.nocvault.common.ConflictException;
import io.nocvault.common.Paging;
import io.nocvault.common.web.Views;
import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import io.nocvault.identity.internal.ForbiddenOperationException;
import io.nocvault.identity.internal.UserFilter;
import io.nocvault.identity.internal.UserManagement;
import io.nocvault.identity.internal.UserPolicy;
import io.nocvault.identity.internal.UserRecord;
import io.nocvault.identity.internal.UserStatus;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user list and a user's page, with delete and unlock; admins and head admins only. */
@Controller
@RequestMapping("/users")
@PreAuthorize("hasRole('ADMIN')")
class UsersController {

    private final UserManagement management;
    private final Clock clock;

    UsersController(UserManagement management, Clock clock) {
        this.management = management;
        this.clock = clock;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal AuthenticatedUser actor,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Long offset,
            HttpServletRequest request,
            Model model) {
        UserFilter filter = UserFilter.of(q, role, status);
        Paging paging = Paging.of(limit, offset);
        var page = management.list(actor, filter, paging);
        Instant now = clock.instant();
        model.addAttribute(
                "users",
                page.users().stream().map(u -> UserView.of(u, actor, now)).toList());
        model.addAttribute("count", page.count());
        model.addAttribute("filter", filter);
        model.addAttribute("q", FieldErrors.redisplay(q));
        model.addAttribute("roles", List.of(Role.values()));
        model.addAttribute("statuses", List.of(UserStatus.values()));
        model.addAttribute("pager", Pager.of(page.count(), paging));
        model.addAttribute("canCreate", UserPolicy.canCreate(actor, Role.VIEWER));
        return Views.page(request, "identity/users/list");
    }

    @GetMapping("/{id}")
    String detail(
            @AuthenticationPrincipal AuthenticatedUser actor,
            @PathVariable long id,
            HttpServletRequest request,
            Model model) {
        UserRecord user = management.get(actor, id);
        model.addAttribute("user", UserView.of(user, actor, clock.instant()));
        return Views.page(request, "identity/users/detail");
    }

    @PostMapping("/{id}/delete")
    String delete(
            @AuthenticationPrincipal AuthenticatedUser actor, @PathVariable long id, RedirectAttributes redirect) {
        String username = management.get(actor, id).username();
        try {
            management.delete(actor, id);
            redirect.addFlashAttribute("flashSuccess", "User " + username + " deleted.");
            return "redirect:/users";
        } catch (ForbiddenOperationException | ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            return "redirect:/users/" + id;
        }
    }

    @PostMapping("/{id}/unlock")
    String unlock(
            @AuthenticationPrincipal AuthenticatedUser actor, @PathVariable long id, RedirectAttributes redirect) {
        try {
            UserRecord user = management.unlock(actor, id);
            redirect.addFlashAttribute("flashSuccess", "User " + user.username() + " unlocked.");
        } catch (ForbiddenOperationException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/users/" + id;
    }

    /** Previous and next links of a list page. */
    record Pager(long count, long from, long to, Long previousOffset, Long nextOffset, int limit) {

        static Pager of(long count, Paging paging) {
            long to = Math.min(count, paging.offset() + paging.limit());
            Long previous = paging.offset() > 0 ? Math.max(0, paging.offset() - paging.limit()) : null;
            Long next = to < count ? to : null;
            return new Pager(count, count == 0 ? 0 : paging.offset() + 1, to, previous, next, paging.limit());
        }
    }
}
