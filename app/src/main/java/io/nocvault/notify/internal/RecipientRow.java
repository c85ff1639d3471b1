package io.nocvault.notify.internal;

import java.time.Instant;
import java.util.Set;

/** A row of {@code notify_recipients} with the ids of all its NOCs (whatever the caller may see). */
record RecipientRow(
        long id,
        String name,
        String phone,
        String email,
        Set<Long> nocIds,
        boolean deviceAlerts,
        boolean backupAlerts,
        boolean configAlerts,
        boolean enabled,
        Instant createdAt,
        Instant updatedAt) {}
