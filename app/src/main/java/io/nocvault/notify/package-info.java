/**
 * Notifications: recipients (phone number, e-mail, NOCs, preferences), channels (WhatsApp HTTP API, SMTP
 * e-mail, signed JSON webhook) and the delivery log. Other modules raise alerts through {@link
 * io.nocvault.notify.Alerts} with an {@link io.nocvault.notify.Alert}, usually made by {@link
 * io.nocvault.notify.AlertTexts}; delivery is asynchronous and never slows or breaks the caller.
 */
@ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"common", "identity", "noc", "secrets", "transport", "inventory", "backup"})
package io.nocvault.notify;

import org.springframework.modulith.ApplicationModule;
