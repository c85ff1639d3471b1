package io.nocvault.transport;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;

/**
 * Someone ran "Test jump server" for a NOC. {@code detail} names the failed step and its error (never a secret).
 *
 * @param label the jump server, e.g. {@code jump server of East (jump.east:22)}
 * @param ok whether every step succeeded
 */
public record JumpServerTested(Origin origin, Long nocId, String label, boolean ok, String detail)
        implements AuditableEvent {

    @Override
    public String action() {
        return "jumpserver.tested";
    }

    @Override
    public String target() {
        return label;
    }

    @Override
    public boolean success() {
        return ok;
    }
}
