package io.nocvault.inventory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Names the fields an update changed, for the audit log; never their values. */
final class DeviceChanges {

    private DeviceChanges() {}

    static String describe(DeviceRow before, StoredDevice after) {
        List<String> changed = new ArrayList<>();
        addIf(changed, before.nocId() != after.nocId(), "NOC");
        addIf(changed, !before.hostname().equals(after.hostname()), "hostname");
        addIf(changed, !before.address().equals(after.address()) || before.port() != after.port(), "address");
        addIf(changed, !before.deviceType().equals(after.deviceType()), "device type");
        addIf(changed, !before.username().equals(after.username()), "username");
        addIf(changed, !Objects.equals(before.passwordSealed(), after.passwordSealed()), "password");
        addIf(changed, !Objects.equals(before.enableSecretSealed(), after.enableSecretSealed()), "enable secret");
        addIf(changed, !before.tags().equals(after.tags()), "tags");
        addIf(changed, !Objects.equals(before.description(), after.description()), "description");
        addIf(
                changed,
                !Objects.equals(before.connectTimeoutMillis(), after.connectTimeoutMillis())
                        || !Objects.equals(before.loginTimeoutMillis(), after.loginTimeoutMillis())
                        || !Objects.equals(before.commandTimeoutMillis(), after.commandTimeoutMillis()),
                "timeouts");
        addIf(changed, before.enabled() != after.enabled(), after.enabled() ? "enabled" : "disabled");
        return changed.isEmpty() ? "no change" : "changed " + String.join(", ", changed);
    }

    private static void addIf(List<String> list, boolean condition, String value) {
        if (condition) {
            list.add(value);
        }
    }
}
