package io.nocvault.notify.internal;

/** Sends one message on one kind of channel and reports what the channel answered. Never throws. */
interface ChannelSender {

    ChannelType type();

    /**
     * Sends {@code message} to {@code address} (a phone number for WhatsApp, an e-mail address for e-mail, ignored
     * by webhooks). {@code deliveryId} identifies the attempt to the receiver where the protocol allows (0 for a
     * test).
     */
    ChannelAnswer send(ChannelSettings channel, Message message, String address, long deliveryId);
}
