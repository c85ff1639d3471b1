package io.nocvault.transport.internal;

import io.nocvault.noc.NocDeleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A deleted NOC takes the host keys pinned for its jump server and devices with it. */
@Component
class NocPinCleanup {

    private final HostKeyRows rows;

    NocPinCleanup(HostKeyRows rows) {
        this.rows = rows;
    }

    @ApplicationModuleListener
    void on(NocDeleted event) {
        if (event.nocId() != null) {
            rows.deleteOfNoc(event.nocId());
        }
    }
}
