package io.nocvault.inventory.internal;

import io.nocvault.secrets.SecretBox;
import org.springframework.stereotype.Component;

/** Seals and opens a device's password and enable secret; the only place that knows their purposes. */
@Component
class DeviceSecrets {

    static final String PASSWORD_PURPOSE = "inventory.device.password";
    static final String ENABLE_PURPOSE = "inventory.device.enable-secret";

    private final SecretBox box;

    DeviceSecrets(SecretBox box) {
        this.box = box;
    }

    String sealPassword(String password) {
        return password == null || password.isEmpty() ? null : box.seal(password, PASSWORD_PURPOSE);
    }

    String sealEnable(String secret) {
        return secret == null || secret.isEmpty() ? null : box.seal(secret, ENABLE_PURPOSE);
    }

    String openPassword(String sealed) {
        return box.open(sealed, PASSWORD_PURPOSE);
    }

    String openEnable(String sealed) {
        return box.open(sealed, ENABLE_PURPOSE);
    }
}
