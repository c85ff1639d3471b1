package io.nocvault.notify;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;

/**
 * A notification channel was created, updated, deleted or tested ({@code change}: {@code created}, {@code updated},
 * {@code deleted}, {@code tested}). A test that the channel refused is recorded as a failure with the channel's
 * answer (status and excerpt, never a secret) as detail.
 */
public record NotificationChannelChanged(
        Origin origin, String change, long channelId, String name, String type, boolean success, String detail)
        implements AuditableEvent {

    @Override
    public String action() {
        return "notification-channel." + change;
    }

    @Override
    public String target() {
        return type + " channel " + name;
    }
}
