package io.nocvault.notify.api;

import io.nocvault.notify.internal.RecipientCommand;
import java.util.List;

/**
 * The JSON body of creating or updating a recipient. Absent preferences and {@code enabled} count as true; absent
 * or empty {@code nocIds} make a global recipient (head admins only).
 */
record RecipientRequest(
        String name,
        String phone,
        String email,
        List<Long> nocIds,
        Boolean deviceAlerts,
        Boolean backupAlerts,
        Boolean configAlerts,
        Boolean enabled) {

    RecipientCommand toCommand() {
        return new RecipientCommand(
                name,
                phone,
                email,
                nocIds,
                !Boolean.FALSE.equals(deviceAlerts),
                !Boolean.FALSE.equals(backupAlerts),
                !Boolean.FALSE.equals(configAlerts),
                !Boolean.FALSE.equals(enabled));
    }
}
