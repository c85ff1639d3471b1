package io.nocvault.noc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.nocvault.test.TestKeys;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which pasted private keys the jump server accepts; the answer never repeats the key. */
class PrivateKeyCheckTest {

    static Stream<Arguments> usableKeys() {
        return Stream.of(
                Arguments.of("OpenSSH Ed25519", TestKeys.openSsh(TestKeys.ed25519())),
                Arguments.of("OpenSSH RSA", TestKeys.openSsh(TestKeys.rsa())),
                Arguments.of("OpenSSH ECDSA", TestKeys.openSsh(TestKeys.ecdsa())),
                Arguments.of("PEM PKCS#1 RSA", TestKeys.pkcs1(TestKeys.rsa())),
                Arguments.of("PEM SEC1 ECDSA", TestKeys.sec1(TestKeys.ecdsa())),
                Arguments.of("PEM PKCS#8 RSA", TestKeys.pkcs8(TestKeys.rsa())),
                Arguments.of("PEM PKCS#8 Ed25519", TestKeys.pkcs8(TestKeys.jdkEd25519())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usableKeys")
    void acceptsUnencryptedKeys(String format, String key) {
        assertThat(PrivateKeyCheck.problem(key.strip())).as(format).isEmpty();
    }

    static Stream<Arguments> encryptedKeys() {
        return Stream.of(
                Arguments.of("OpenSSH Ed25519", TestKeys.encryptedOpenSsh(TestKeys.ed25519(), "pass phrase")),
                Arguments.of("OpenSSH RSA", TestKeys.encryptedOpenSsh(TestKeys.rsa(), "pass phrase")),
                Arguments.of("PKCS#8", TestKeys.encryptedPkcs8(TestKeys.rsa(), "pass phrase")),
                Arguments.of("legacy PEM", TestKeys.encryptedPkcs1(TestKeys.rsa(), "pass phrase")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encryptedKeys")
    void refusesEncryptedKeys(String format, String key) {
        assertThat(PrivateKeyCheck.problem(key.strip())).as(format).contains(PrivateKeyCheck.ENCRYPTED);
    }

    static Stream<Arguments> garbage() {
        String rsa = TestKeys.openSsh(TestKeys.rsa());
        return Stream.of(
                Arguments.of("plain text", "this is my secret key material"),
                Arguments.of("public key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOsecretpart user@host"),
                Arguments.of(
                        "garbage body",
                        "-----BEGIN OPENSSH PRIVATE KEY-----\nc2VjcmV0\n-----END OPENSSH PRIVATE KEY-----"),
                Arguments.of(
                        "bad DER", "-----BEGIN RSA PRIVATE KEY-----\nc2VjcmV0c2VjcmV0\n-----END RSA PRIVATE KEY-----"),
                Arguments.of("truncated", rsa.substring(0, rsa.length() / 2) + "\n-----END OPENSSH PRIVATE KEY-----"),
                Arguments.of("injection", "'; drop table nocs; -- <script>alert(1)</script>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("garbage")
    void refusesGarbageWithoutEchoingIt(String what, String key) {
        Optional<String> problem = PrivateKeyCheck.problem(key);
        assertThat(problem).as(what).contains(PrivateKeyCheck.INVALID);
        assertThat(problem.get()).doesNotContain("secret", "c2Vj", "drop table");
    }

    @Test
    void messagesNeverContainTheKey() {
        String key = TestKeys.encryptedOpenSsh(TestKeys.ed25519(), "pw");
        String body = key.lines().skip(1).findFirst().orElseThrow();
        assertThat(PrivateKeyCheck.problem(key).orElseThrow()).doesNotContain(body.substring(0, 20));
    }
}
