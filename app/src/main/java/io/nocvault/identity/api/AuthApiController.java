package io.nocvault.identity.api;

import io.nocvault.identity.internal.AccountService;
import io.nocvault.identity.internal.ForbiddenOperationException;
import io.nocvault.identity.internal.JwtService;
import io.nocvault.identity.internal.LoginResult;
import io.nocvault.identity.internal.LoginService;
import io.nocvault.identity.internal.LogoutService;
import io.nocvault.identity.internal.UserAuthentication;
import io.nocvault.identity.internal.UserRecord;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Login with username and password for a JWT, who am I, logout (revokes the JWT), change password. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class AuthApiController {

    private final LoginService logins;
    private final JwtService jwts;
    private final LogoutService logouts;
    private final AccountService accounts;

    AuthApiController(LoginService logins, JwtService jwts, LogoutService logouts, AccountService accounts) {
        this.logins = logins;
        this.jwts = jwts;
        this.logouts = logouts;
        this.accounts = accounts;
    }

    @PostMapping("/login")
    @SecurityRequirements
    @Operation(summary = "Log in; answers a bearer JWT (401 for wrong credentials or a locked account)")
    ResponseEntity<?> login(@Valid @RequestBody AuthDtos.LoginRequest body) {
        LoginResult result = logins.login(body.username(), body.password(), "api");
        if (result instanceof LoginResult.Success success) {
            UserRecord user = success.user();
            JwtService.IssuedJwt jwt = jwts.issue(user);
            return ResponseEntity.ok(new AuthDtos.TokenResponse(
                    jwt.token(), "bearer", jwt.lifetime().toSeconds(), user.passwordChangeRequired()));
        }
        LoginResult.Failure failure = (LoginResult.Failure) result;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, failure.message());
        problem.setProperty("reason", reasonCode(failure));
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
    }

    @GetMapping("/me")
    @Operation(summary = "The authenticated user")
    AuthDtos.MeResponse me(Authentication authentication) {
        UserAuthentication auth = login(authentication);
        UserRecord user = accounts.profile(auth.user());
        return new AuthDtos.MeResponse(
                user.id(),
                user.username(),
                user.email(),
                user.fullName(),
                user.role(),
                user.passwordChangeRequired(),
                auth.method().name().toLowerCase(Locale.ROOT));
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke the JWT of this request (personal API tokens are revoked under /tokens)")
    void logout(Authentication authentication) {
        logouts.logout(login(authentication));
    }

    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change the own password (required after the first login of the head admin)")
    void changePassword(Authentication authentication, @Valid @RequestBody AuthDtos.ChangePasswordRequest body) {
        accounts.changePassword(login(authentication).user(), body.currentPassword(), body.newPassword());
    }

    static UserAuthentication login(Authentication authentication) {
        if (authentication instanceof UserAuthentication login) {
            return login;
        }
        throw new ForbiddenOperationException("This endpoint needs a NocVault user login");
    }

    /** Only what the login page also says: invalid credentials, locked, or (after a right password) suspended. */
    private static String reasonCode(LoginResult.Failure failure) {
        return switch (failure.reason()) {
            case LOCKED -> "locked";
            case SUSPENDED -> "suspended";
            default -> "invalid_credentials";
        };
    }
}
