package io.nocvault.notify.web;

import io.nocvault.notify.internal.RecipientCommand;
import io.nocvault.notify.internal.RecipientDetails;
import java.util.List;

/** The recipient form; unchecked boxes arrive as null and mean no. */
record RecipientForm(
        String name,
        String phone,
        String email,
        List<Long> nocIds,
        Boolean deviceAlerts,
        Boolean backupAlerts,
        Boolean configAlerts,
        Boolean enabled) {

    static RecipientForm empty() {
        return new RecipientForm(null, null, null, List.of(), true, true, true, true);
    }

    static RecipientForm of(RecipientDetails r) {
        return new RecipientForm(
                r.name(),
                r.phone(),
                r.email(),
                r.nocIds(),
                r.deviceAlerts(),
                r.backupAlerts(),
                r.configAlerts(),
                r.enabled());
    }

    RecipientCommand command() {
        return new RecipientCommand(
                name,
                phone,
                email,
                nocIds,
                Boolean.TRUE.equals(deviceAlerts),
                Boolean.TRUE.equals(backupAlerts),
                Boolean.TRUE.equals(configAlerts),
                Boolean.TRUE.equals(enabled));
    }

    public boolean hasNoc(Long id) {
        return nocIds != null && nocIds.contains(id);
    }
}
