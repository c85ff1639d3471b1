package io.nocvault.noc.internal;

import io.nocvault.identity.UserDeleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Drops the NOC grants of a deleted user (the foreign key does it too when the row is really deleted). */
@Component
class UserDeletedListener {

    private final NocAccessService access;

    UserDeletedListener(NocAccessService access) {
        this.access = access;
    }

    @ApplicationModuleListener
    void on(UserDeleted event) {
        access.forgetUser(event.userId());
    }
}
