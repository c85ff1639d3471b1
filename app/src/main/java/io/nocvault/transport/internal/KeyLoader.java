package io.nocvault.transport.internal;

import io.nocvault.transport.ConnectStep;
import io.nocvault.transport.TransportException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.util.security.SecurityUtils;

/** Reads an OpenSSH or PEM private key given as text. Errors never include the key. */
final class KeyLoader {

    private KeyLoader() {}

    static Iterable<KeyPair> load(String privateKey, boolean viaJump) {
        try {
            Iterable<KeyPair> keys = SecurityUtils.loadKeyPairIdentities(
                    null,
                    NamedResource.ofName("private key"),
                    new ByteArrayInputStream(privateKey.getBytes(StandardCharsets.UTF_8)),
                    FilePasswordProvider.EMPTY);
            if (keys == null || !keys.iterator().hasNext()) {
                throw new TransportException(
                        ConnectStep.AUTHENTICATION, false, viaJump, "Authentication failed: no key in the private key");
            }
            return keys;
        } catch (TransportException e) {
            throw e;
        } catch (Exception e) {
            throw new TransportException(
                    ConnectStep.AUTHENTICATION,
                    false,
                    viaJump,
                    "Authentication failed: the private key cannot be read");
        }
    }
}
