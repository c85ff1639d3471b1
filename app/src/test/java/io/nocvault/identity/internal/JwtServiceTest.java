package io.nocvault.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nocvault.identity.Role;
import io.nocvault.secrets.SecretBox;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.oauth2.jwt.JwtException;

class JwtServiceTest {

    final IdentityFixture fixture = new IdentityFixture();
    final JwtKeyStore keys = keyStore();
    final JwtService jwts = new JwtService(
            keys, IdentityFixture.properties(5, Duration.ofMinutes(15), Duration.ofHours(1)), fixture.clock);

    @Test
    void anIssuedTokenVerifiesUntilItExpires() {
        UserRecord user = fixture.insert("alice", Role.VIEWER, UserStatus.ACTIVE, "Some-Password-1");
        JwtService.IssuedJwt issued = jwts.issue(user);

        JwtService.VerifiedJwt verified = jwts.verify(issued.token());
        assertThat(verified.userId()).isEqualTo(user.id());
        assertThat(verified.id()).isEqualTo(issued.id());
        assertThat(issued.lifetime()).isEqualTo(Duration.ofHours(1));
        assertThat(issued.toString()).doesNotContain(issued.token());

        fixture.clock.advance(Duration.ofMinutes(61));
        assertThatThrownBy(() -> jwts.verify(issued.token())).isInstanceOf(JwtException.class);
    }

    @Test
    void theKeyIsStoredSealedAndSurvivesARestart() {
        UserRecord user = fixture.insert("bob", Role.VIEWER, UserStatus.ACTIVE, "Some-Password-1");
        String token = jwts.issue(user).token();

        String stored = fixture.jdbc
                .sql("select sealed_key from identity_jwt_keys")
                .query(String.class)
                .single();
        assertThat(stored).startsWith("sealed:");

        JwtService afterRestart = new JwtService(
                keyStore(), IdentityFixture.properties(5, Duration.ofMinutes(15), Duration.ofHours(1)), fixture.clock);
        assertThat(afterRestart.verify(token).userId()).isEqualTo(user.id());
    }

    @Test
    void tamperedAndForeignTokensAreRefused() {
        UserRecord user = fixture.insert("carol", Role.VIEWER, UserStatus.ACTIVE, "Some-Password-1");
        String token = jwts.issue(user).token();
        String[] parts = token.split("\\.");
        String otherPayload = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"sub\":\"1\",\"iss\":\"nocvault\",\"jti\":\"x\",\"exp\":9999999999}".getBytes());
        assertThatThrownBy(() -> jwts.verify(parts[0] + "." + otherPayload + "." + parts[2]))
                .isInstanceOf(JwtException.class);

        IdentityFixture elsewhere = new IdentityFixture();
        JwtService foreign = new JwtService(
                new JwtKeyStore(
                        elsewhere.jdbc,
                        new FakeSecretBox(),
                        elsewhere.clock,
                        new DataSourceTransactionManager(elsewhere.dataSource)),
                IdentityFixture.properties(5, Duration.ofMinutes(15), Duration.ofHours(1)),
                fixture.clock);
        assertThatThrownBy(() -> jwts.verify(foreign.issue(user).token())).isInstanceOf(JwtException.class);
    }

    private JwtKeyStore keyStore() {
        return new JwtKeyStore(
                fixture.jdbc, new FakeSecretBox(), fixture.clock, new DataSourceTransactionManager(fixture.dataSource));
    }

    /** Marks what it seals instead of encrypting: enough to see that the key goes through the box. */
    static final class FakeSecretBox implements SecretBox {

        @Override
        public String seal(String plaintext, String purpose) {
            return "sealed:" + purpose + ":" + plaintext;
        }

        @Override
        public String open(String sealed, String purpose) {
            return sealed.substring(("sealed:" + purpose + ":").length());
        }

        @Override
        public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
            return plaintext;
        }

        @Override
        public byte[] decrypt(byte[] ciphertext, byte[] associatedData) {
            return ciphertext;
        }
    }
}
