package io.nocvault.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nocvault.common.NotFoundException;
import io.nocvault.identity.ApiTokenCreated;
import io.nocvault.identity.ApiTokenRevoked;
import io.nocvault.identity.Role;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ApiTokenServiceTest {

    final IdentityFixture fixture = new IdentityFixture();
    final ApiTokenService tokens =
            new ApiTokenService(new ApiTokenStore(fixture.jdbc), fixture.publisher, fixture.clock);
    final UserRecord alice = fixture.insert("alice", Role.OPERATOR, UserStatus.ACTIVE, "Some-Password-1");

    @Test
    void aTokenIsStoredOnlyAsItsHashAndAuthenticatesItsUser() {
        var created = tokens.create(alice.principal(), "  nightly export ", null);

        assertThat(created.token()).startsWith("nvt_").hasSize(4 + 43);
        assertThat(created.record().name()).isEqualTo("nightly export");
        assertThat(created.record().hint()).isEqualTo(created.token().substring(0, 8) + "…");
        assertThat(created.toString()).doesNotContain(created.token());
        String stored = fixture.jdbc
                .sql("select token_hash from identity_api_tokens")
                .query(String.class)
                .single();
        assertThat(stored).isEqualTo(ApiTokenService.sha256(created.token())).doesNotContain(created.token());

        assertThat(tokens.authenticate(created.token()))
                .get()
                .extracting(ApiTokenRecord::userId)
                .isEqualTo(alice.id());
        assertThat(tokens.list(alice.principal()).getFirst().lastUsedAt()).isNotNull();
        assertThat(tokens.authenticate(created.token() + "x")).isEmpty();
        assertThat(tokens.authenticate("nvt_")).isEmpty();
        assertThat(fixture.events(ApiTokenCreated.class))
                .singleElement()
                .satisfies(e -> assertThat(e.toString()).doesNotContain(created.token()));
    }

    @Test
    void aTokenExpiresAfterItsDays() {
        var created = tokens.create(alice.principal(), "short-lived", 2);
        fixture.clock.advance(Duration.ofDays(1));
        assertThat(tokens.authenticate(created.token())).isPresent();

        fixture.clock.advance(Duration.ofDays(1).plusSeconds(1));
        assertThat(tokens.authenticate(created.token())).isEmpty();
        assertThat(tokens.list(alice.principal()).getFirst().expired(fixture.clock.instant()))
                .isTrue();
    }

    @Test
    void revokedTokensStopWorkingAndOnlyTheOwnerRevokes() {
        UserRecord bob = fixture.insert("bob", Role.HEAD_ADMIN, UserStatus.ACTIVE, "Some-Password-1");
        var created = tokens.create(alice.principal(), "ci", null);
        long id = created.record().id();

        assertThatThrownBy(() -> tokens.revoke(bob.principal(), id)).isInstanceOf(NotFoundException.class);
        tokens.revoke(alice.principal(), id);

        assertThat(tokens.authenticate(created.token())).isEmpty();
        assertThat(tokens.list(alice.principal())).isEmpty();
        assertThat(fixture.events(ApiTokenRevoked.class))
                .singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("ci"));
    }

    @Test
    void badNamesAndLifetimesAreFieldErrors() {
        assertThatThrownBy(() -> tokens.create(alice.principal(), " ", null))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> tokens.create(alice.principal(), "x", 0))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("expiresInDays"));
        assertThatThrownBy(() -> tokens.create(alice.principal(), "x", ApiTokenService.MAX_EXPIRY_DAYS + 1))
                .isInstanceOf(InvalidFieldException.class);
    }
}
