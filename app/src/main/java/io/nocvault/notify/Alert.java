package io.nocvault.notify;

import java.time.Instant;
import java.util.Objects;

/**
 * One alert for {@link Alerts#raise}. Make it with {@link AlertTexts} (or {@link #of}) and refine it with the
 * {@code with…} methods.
 *
 * @param category what it is about; decides which recipients want it
 * @param nocId the NOC concerned, or {@code null} for a global alert (only recipients without NOCs get it)
 * @param dedupKey identifies the problem, e.g. {@code backup-failed:device:42}: repeats of the same key are
 *     suppressed for {@code nocvault.notify.suppress-repeats}
 * @param subject one line, e.g. {@code Backup failed: core-sw-1}
 * @param text the message body (plain text)
 * @param link a relative URL such as {@code /devices/42}, made absolute with {@code nocvault.base-url}; may be null
 * @param occurredAt when it happened
 * @param recovery true for a "problem is gone" alert (e.g. reachable again): it clears the suppression of its
 *     {@code dedupKey} and is sent only when that problem had been notified, so that raising a recovery after every
 *     success costs no message
 * @param item a short name of what the alert is about (a device name), listed in batch summaries; may be null
 * @param batch the batch the alert belongs to (e.g. a backup run), or {@code null} to send it on its own
 */
public record Alert(
        AlertCategory category,
        Long nocId,
        String dedupKey,
        String subject,
        String text,
        String link,
        Instant occurredAt,
        boolean recovery,
        String item,
        Batch batch) {

    public Alert {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(dedupKey, "dedupKey");
        Objects.requireNonNull(subject, "subject");
        text = text == null ? "" : text;
        occurredAt = occurredAt == null ? Instant.now() : occurredAt;
    }

    /** An alert about a problem, occurring now, with no link, item or batch. */
    public static Alert of(AlertCategory category, Long nocId, String dedupKey, String subject, String text) {
        return new Alert(category, nocId, dedupKey, subject, text, null, Instant.now(), false, null, null);
    }

    public Alert withLink(String relativeLink) {
        return new Alert(category, nocId, dedupKey, subject, text, relativeLink, occurredAt, recovery, item, batch);
    }

    public Alert withOccurredAt(Instant when) {
        return new Alert(category, nocId, dedupKey, subject, text, link, when, recovery, item, batch);
    }

    public Alert withItem(String itemName) {
        return new Alert(category, nocId, dedupKey, subject, text, link, occurredAt, recovery, itemName, batch);
    }

    /** This alert as a recovery: it clears the suppression of its {@code dedupKey}. */
    public Alert asRecovery() {
        return new Alert(category, nocId, dedupKey, subject, text, link, occurredAt, true, item, batch);
    }

    /**
     * This alert in the batch {@code key} (e.g. {@code backup-run:12}) titled {@code title} (e.g. {@code Backup run
     * 12}): alerts of one batch are sent as one summary per recipient and channel when the batch window closes or
     * on {@link Alerts#flush(String)}.
     */
    public Alert inBatch(String key, String title) {
        return new Alert(
                category, nocId, dedupKey, subject, text, link, occurredAt, recovery, item, new Batch(key, title));
    }

    /** The name summaries list for this alert: its item, else its subject. */
    public String itemOrSubject() {
        return item == null || item.isBlank() ? subject : item;
    }

    /** A batch of alerts summarised together, e.g. one backup run. */
    public record Batch(String key, String title) {

        public Batch {
            Objects.requireNonNull(key, "key");
            title = title == null || title.isBlank() ? key : title;
        }
    }
}
