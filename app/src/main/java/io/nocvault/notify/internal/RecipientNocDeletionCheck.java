package io.nocvault.notify.internal;

import io.nocvault.noc.NocDeletionCheck;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A NOC that recipients still serve cannot be deleted: remove it from them first. */
@Component
class RecipientNocDeletionCheck implements NocDeletionCheck {

    private final RecipientStore recipients;

    RecipientNocDeletionCheck(RecipientStore recipients) {
        this.recipients = recipients;
    }

    @Override
    public Optional<String> reasonToKeep(long nocId) {
        long count = recipients.countForNoc(nocId);
        return count == 0 ? Optional.empty() : Optional.of(count + " notification recipient" + (count == 1 ? "" : "s"));
    }
}
