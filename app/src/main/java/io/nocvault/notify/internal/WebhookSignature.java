package io.nocvault.notify.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signature: {@code sha256=} and the hex HMAC-SHA256, keyed with the channel's secret, of
 * {@code <timestamp>.<body>} (timestamp: the {@value #TIMESTAMP_HEADER} header, Unix seconds). Receivers recompute
 * it, compare in constant time and refuse old timestamps (see docs/notifications.md).
 */
final class WebhookSignature {

    static final String SIGNATURE_HEADER = "X-NocVault-Signature";
    static final String TIMESTAMP_HEADER = "X-NocVault-Timestamp";
    static final String DELIVERY_HEADER = "X-NocVault-Delivery";

    private WebhookSignature() {}

    static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
