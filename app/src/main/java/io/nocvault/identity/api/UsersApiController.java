package io.nocvault.identity.api;

import io.nocvault.common.PageResponse;
import io.nocvault.common.Paging;
import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.internal.NewUser;
import io.nocvault.identity.internal.UserChanges;
import io.nocvault.identity.internal.UserFilter;
import io.nocvault.identity.internal.UserManagement;
import io.nocvault.identity.internal.UserRecord;
import io.nocvault.identity.internal.UserStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** User management for admins and head admins (rules in {@code UserPolicy}). */
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Users")
class UsersApiController {

    private final UserManagement management;
    private final Clock clock;

    UsersApiController(UserManagement management, Clock clock) {
        this.management = management;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Users ordered by username; filter by q (username, name, e-mail), role, status")
    PageResponse<UserDtos.UserResponse> list(
            @AuthenticationPrincipal AuthenticatedUser actor,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Long offset) {
        Paging paging = Paging.of(limit, offset);
        var page = management.list(actor, UserFilter.of(q, role, status), paging);
        var now = clock.instant();
        return PageResponse.of(
                page.count(),
                paging,
                page.users().stream().map(u -> UserDtos.UserResponse.of(u, now)).toList());
    }

    @GetMapping("/{id}")
    UserDtos.UserResponse get(@AuthenticationPrincipal AuthenticatedUser actor, @PathVariable long id) {
        return response(management.get(actor, id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a user (admins: operators and viewers only)")
    UserDtos.UserResponse create(
            @AuthenticationPrincipal AuthenticatedUser actor, @Valid @RequestBody UserDtos.CreateUserRequest body) {
        var user = new NewUser(
                body.username(),
                body.email(),
                body.fullName(),
                body.role(),
                body.status() == null ? UserStatus.ACTIVE : body.status(),
                body.password(),
                Boolean.TRUE.equals(body.passwordChangeRequired()));
        return response(management.create(actor, user));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a user; omitted fields stay as they are")
    UserDtos.UserResponse update(
            @AuthenticationPrincipal AuthenticatedUser actor,
            @PathVariable long id,
            @Valid @RequestBody UserDtos.UpdateUserRequest body) {
        var changes = new UserChanges(
                body.email(),
                body.fullName(),
                body.role(),
                body.status(),
                body.password(),
                body.passwordChangeRequired());
        return response(management.update(actor, id, changes));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Same as PUT: omitted fields stay as they are")
    UserDtos.UserResponse patch(
            @AuthenticationPrincipal AuthenticatedUser actor,
            @PathVariable long id,
            @Valid @RequestBody UserDtos.UpdateUserRequest body) {
        return update(actor, id, body);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a user (never a head admin)")
    void delete(@AuthenticationPrincipal AuthenticatedUser actor, @PathVariable long id) {
        management.delete(actor, id);
    }

    @PostMapping("/{id}/unlock")
    @Operation(summary = "Lift a lock after failed logins")
    UserDtos.UserResponse unlock(@AuthenticationPrincipal AuthenticatedUser actor, @PathVariable long id) {
        return response(management.unlock(actor, id));
    }

    private UserDtos.UserResponse response(UserRecord user) {
        return UserDtos.UserResponse.of(user, clock.instant());
    }
}
