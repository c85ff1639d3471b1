package io.nocvault.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password rules and bcrypt hashing. bcrypt reads at most 72 bytes, so longer passwords are refused rather than
 * silently cut; a login with a longer password simply does not match.
 */
@Component
public class Passwords {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;
    private static final String RANDOM_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PasswordEncoder encoder;
    private final String dummyHash;

    Passwords(PasswordEncoder encoder) {
        this.encoder = encoder;
        this.dummyHash = encoder.encode(random(24));
    }

    /** What is wrong with a new password, or empty when it is acceptable. */
    public static Optional<String> problem(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters");
        }
        if (tooLong(password)) {
            return Optional.of("Use at most " + MAX_BYTES + " bytes (about " + MAX_BYTES + " plain characters)");
        }
        if (password.isBlank()) {
            return Optional.of("A password cannot be only spaces");
        }
        return Optional.empty();
    }

    static boolean tooLong(String password) {
        return password.length() > MAX_BYTES || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }

    String hash(String password) {
        return encoder.encode(password);
    }

    boolean matches(String password, String hash) {
        if (password == null || hash == null || tooLong(password)) {
            return false;
        }
        return encoder.matches(password, hash);
    }

    /** Spends the time of one check, so that unknown users answer as slowly as known ones. */
    void matchNothing(String password) {
        encoder.matches(password == null || tooLong(password) ? "" : password, dummyHash);
    }

    /** A random password of letters and digits (no look-alikes). */
    static String random(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(RANDOM_ALPHABET.charAt(RANDOM.nextInt(RANDOM_ALPHABET.length())));
        }
        return sb.toString();
    }
}
