package io.nocvault.notify;

/**
 * Raises alerts to the recipients who want them, on every enabled channel. Calls return at once: choosing
 * recipients and delivering run on virtual threads in the background, so a slow or failing channel never slows or
 * breaks the caller, and nothing here throws at the caller.
 *
 * <pre>{@code
 * alerts.raise(AlertTexts.backupFailed(42, "core-sw-1", nocId, "timeout at enable").inBatch("backup-run:12", "Backup run 12"));
 * ...
 * alerts.flush("backup-run:12"); // at the end of the run: one summary per recipient and channel
 * }</pre>
 */
public interface Alerts {

    /**
     * Raises the alert. Alerts with a {@link Alert#batch()} wait until the batch is flushed or its window
     * ({@code nocvault.notify.batch-window}) closes; the others are sent at once. A repeat of a problem (same
     * {@code dedupKey}) within {@code nocvault.notify.suppress-repeats} is not sent again.
     */
    void raise(Alert alert);

    /** Sends the alerts collected under the batch key now, one summary per recipient and channel. */
    void flush(String batchKey);
}
