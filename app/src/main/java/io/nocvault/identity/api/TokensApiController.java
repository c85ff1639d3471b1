package io.nocvault.identity.api;

import io.nocvault.identity.internal.ApiTokenService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's personal API tokens. */
@RestController
@RequestMapping("/api/v1/auth/tokens")
@Tag(name = "Authentication")
class TokensApiController {

    private final ApiTokenService tokens;

    TokensApiController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    @Operation(summary = "The caller's API tokens (never the tokens themselves)")
    List<TokenDtos.TokenResponse> list(Authentication authentication) {
        var now = tokens.now();
        return tokens.list(AuthApiController.login(authentication).user()).stream()
                .map(t -> TokenDtos.TokenResponse.of(t, now))
                .toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a token; the answer is the only time it is shown")
    TokenDtos.CreatedTokenResponse create(
            Authentication authentication, @Valid @RequestBody TokenDtos.CreateTokenRequest body) {
        var created = tokens.create(AuthApiController.login(authentication).user(), body.name(), body.expiresInDays());
        var record = created.record();
        return new TokenDtos.CreatedTokenResponse(
                record.id(), record.name(), record.hint(), record.createdAt(), record.expiresAt(), created.token());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of the caller's tokens")
    void revoke(Authentication authentication, @PathVariable long id) {
        tokens.revoke(AuthApiController.login(authentication).user(), id);
    }
}
