package io.nocvault.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class PasswordsTest {

    final Passwords passwords = new Passwords(new BCryptPasswordEncoder(4));

    @Test
    void newPasswordsNeedTenCharactersAndFitBcrypt() {
        assertThat(Passwords.problem("123456789")).isPresent();
        assertThat(Passwords.problem("1234567890")).isEmpty();
        assertThat(Passwords.problem("          ")).isPresent();
        assertThat(Passwords.problem("a".repeat(72))).isEmpty();
        assertThat(Passwords.problem("a".repeat(73))).isPresent();
        assertThat(Passwords.problem("ü".repeat(40))).as("80 bytes in UTF-8").isPresent();
        assertThat(Passwords.problem(null)).isPresent();
    }

    @Test
    void hashesAreBcryptAndNeverThePassword() {
        String hash = passwords.hash("Correct-Horse-1");
        assertThat(hash).startsWith("$2a$").doesNotContain("Correct-Horse-1");
        assertThat(passwords.matches("Correct-Horse-1", hash)).isTrue();
        assertThat(passwords.matches("correct-horse-1", hash)).isFalse();
        assertThat(passwords.matches("x".repeat(1024 * 1024), hash)).isFalse();
        assertThat(passwords.matches(null, hash)).isFalse();
    }

    @Test
    void randomPasswordsAreLongAndDiffer() {
        assertThat(Passwords.random(20)).hasSize(20).isNotEqualTo(Passwords.random(20));
        assertThat(Passwords.problem(Passwords.random(20))).isEmpty();
    }
}
