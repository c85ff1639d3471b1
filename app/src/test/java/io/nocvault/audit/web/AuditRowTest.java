package io.nocvault.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.nocvault.audit.internal.AuditEntry;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditRowTest {

    static final Instant NOW = Instant.parse("2026-05-10T12:00:00Z");

    @Test
    void showsTimesReadablyInUtcWithIsoForTheTooltip() {
        AuditRow row = AuditRow.of(
                new AuditEntry(
                        1, Instant.parse("2026-05-10T11:30:05.5Z"), "a", "b", null, null, null, null, true, null),
                NOW);

        assertThat(row.when()).isEqualTo("2026-05-10 11:30:05 UTC");
        assertThat(row.iso()).isEqualTo("2026-05-10T11:30:05.500Z");
        assertThat(row.ago()).isEqualTo("29 min ago");
    }

    @Test
    void relativeTimes() {
        assertThat(AuditRow.relative(NOW.minusSeconds(5), NOW)).isEqualTo("just now");
        assertThat(AuditRow.relative(NOW.minusSeconds(3 * 3600 + 5), NOW)).isEqualTo("3 h ago");
        assertThat(AuditRow.relative(NOW.minusSeconds(2 * 86400), NOW)).isEqualTo("2 d ago");
        assertThat(AuditRow.relative(Instant.parse("2026-04-01T08:00:00Z"), NOW))
                .isEqualTo("2026-04-01");
        assertThat(AuditRow.relative(NOW.plusSeconds(30), NOW)).isEqualTo("just now");
    }
}
