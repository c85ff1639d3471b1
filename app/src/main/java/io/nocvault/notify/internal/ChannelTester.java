package io.nocvault.notify.internal;

import io.nocvault.notify.Alert;
import io.nocvault.notify.AlertCategory;
import java.util.List;
import org.springframework.stereotype.Component;

/** "Send test": one test message through a channel, at once, answered with what the channel said. */
@Component
class ChannelTester {

    static final String NEEDS_PHONE = "Enter the phone number to send the test to, e.g. +27821234567";
    static final String NEEDS_EMAIL = "Enter the e-mail address to send the test to";

    private final ChannelSenders senders;

    ChannelTester(ChannelSenders senders) {
        this.senders = senders;
    }

    ChannelAnswer test(ChannelSettings channel, String to, String actor) {
        String address = Texts.phone(to);
        if (channel.type() == ChannelType.WHATSAPP && (address == null || !address.matches(RecipientCommand.E164))) {
            throw new InvalidInputException(List.of(new FieldProblem("to", NEEDS_PHONE)));
        }
        if (channel.type() == ChannelType.EMAIL && (to == null || !to.strip().matches(RecipientCommand.EMAIL))) {
            throw new InvalidInputException(List.of(new FieldProblem("to", NEEDS_EMAIL)));
        }
        String subject = "Test message from NocVault";
        String text = "This is a test of the notification channel \"" + channel.name() + "\", sent by " + actor
                + ". If you read this, the channel works.";
        Alert alert = Alert.of(AlertCategory.SECURITY, null, "channel-test:" + channel.id(), subject, text);
        Message message = new Message(subject, text, null, alert.category(), null, null, List.of(alert));
        return senders.send(channel, message, channel.type() == ChannelType.EMAIL ? to.strip() : address, 0);
    }
}
