package io.nocvault.identity.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** The login form's username and password, checked by {@link LoginService}. */
class FormLoginProvider implements AuthenticationProvider {

    static final String CHANNEL = "ui";

    private final LoginService logins;

    FormLoginProvider(LoginService logins) {
        this.logins = logins;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Object credentials = authentication.getCredentials();
        String password = credentials instanceof String s ? s : null;
        LoginResult result = logins.login(authentication.getName(), password, CHANNEL);
        if (result instanceof LoginResult.Success success) {
            return UserAuthentication.session(success.user());
        }
        LoginResult.Failure failure = (LoginResult.Failure) result;
        throw switch (failure.reason()) {
            case LOCKED -> new LockedException(failure.message());
            case SUSPENDED -> new DisabledException(failure.message());
            default -> new BadCredentialsException(failure.message());
        };
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
