package io.nocvault.noc.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * Checks that a pasted private key is one the SSH client can use: OpenSSH or PEM (PKCS#1, SEC1, PKCS#8), RSA,
 * ECDSA or Ed25519, not encrypted. The answer never repeats the key or the parser's message about it.
 */
final class PrivateKeyCheck {

    static final String INVALID = "Not a usable private key: paste an OpenSSH or PEM private key (RSA, ECDSA or "
            + "Ed25519) including its BEGIN and END lines";
    static final String ENCRYPTED = "Encrypted private keys are not supported: remove the passphrase "
            + "(ssh-keygen -p -f <file>) and paste the key again";

    private static final NamedResource RESOURCE = NamedResource.ofName("jump server private key");

    private PrivateKeyCheck() {}

    /** Empty for a usable key, otherwise the message to show. */
    static Optional<String> problem(String key) {
        if (key.contains("ENCRYPTED PRIVATE KEY") || key.contains("Proc-Type: 4,ENCRYPTED")) {
            return Optional.of(ENCRYPTED);
        }
        AtomicBoolean askedForPassphrase = new AtomicBoolean();
        FilePasswordProvider noPassphrase = (session, resource, retry) -> {
            askedForPassphrase.set(true);
            return null;
        };
        try {
            Iterable<KeyPair> pairs = SecurityUtils.loadKeyPairIdentities(
                    null, RESOURCE, new ByteArrayInputStream(key.getBytes(StandardCharsets.UTF_8)), noPassphrase);
            Iterator<KeyPair> it = pairs == null ? null : pairs.iterator();
            return it != null && it.hasNext() && it.next().getPrivate() != null
                    ? Optional.empty()
                    : Optional.of(INVALID);
        } catch (Exception e) {
            // the parser's message may quote the key: it is deliberately dropped
            return Optional.of(askedForPassphrase.get() ? ENCRYPTED : INVALID);
        }
    }
}
