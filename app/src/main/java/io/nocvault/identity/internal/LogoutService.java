package io.nocvault.identity.internal;

import io.nocvault.common.Origin;
import io.nocvault.identity.UserLoggedOut;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ends a login: records it and, for a JWT, revokes the token until it would have expired. */
@Service
public class LogoutService {

    private final RevokedJwtStore revokedJwts;
    private final ApplicationEventPublisher events;

    LogoutService(RevokedJwtStore revokedJwts, ApplicationEventPublisher events) {
        this.revokedJwts = revokedJwts;
        this.events = events;
    }

    /** A personal API token is not ended by a logout (revoke it instead); browser sessions and JWTs are. */
    @Transactional
    public void logout(UserAuthentication auth) {
        String channel;
        switch (auth.method()) {
            case JWT -> {
                revokedJwts.revoke(auth.jwtId(), auth.jwtExpiresAt());
                channel = "api";
            }
            case SESSION -> channel = "ui";
            default -> {
                return;
            }
        }
        var user = auth.user();
        events.publishEvent(
                new UserLoggedOut(Origin.current().as(user.username()), user.id(), user.username(), channel));
    }
}
