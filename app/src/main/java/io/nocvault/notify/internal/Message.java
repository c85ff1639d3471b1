package io.nocvault.notify.internal;

import io.nocvault.notify.Alert;
import io.nocvault.notify.AlertCategory;
import java.util.List;

/**
 * One message as it goes out: a single alert or the summary of several.
 *
 * @param subject one line (e-mail subject)
 * @param text the full plain text, with the absolute link at the end when there is one
 * @param link the absolute link, or null
 * @param category the category of the alerts (of the first, for a mixed summary)
 * @param nocId the NOC when every alert concerns the same one, else null
 * @param batchKey the batch, or null
 * @param alerts the alerts summarised (one for a single alert)
 */
record Message(
        String subject,
        String text,
        String link,
        AlertCategory category,
        Long nocId,
        String batchKey,
        List<Alert> alerts) {}
