package io.nocvault.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.nocvault.common.Origin;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditRecordTest {

    @Test
    void cutsToTheLimitWithoutSplittingASurrogatePair() {
        assertThat(AuditRecord.cut("abcdef", 4)).isEqualTo("abcd");
        assertThat(AuditRecord.cut("abc", 4)).isEqualTo("abc");
        assertThat(AuditRecord.cut(null, 4)).isNull();
        assertThat(AuditRecord.cut("abc\uD83D\uDE00", 4)).isEqualTo("abc");
    }

    @Test
    void takesEverythingFromTheEventAndItsOrigin() {
        Instant now = Instant.parse("2026-01-02T03:04:05.123456789Z");
        AuditRecord entry = AuditRecord.of(
                new TestEvent(new Origin("ann", "10.1.1.1", "curl/8"), "noc.created", "NOC East", 7L, true, "x"), now);

        assertThat(entry)
                .isEqualTo(new AuditRecord(
                        Instant.parse("2026-01-02T03:04:05.123456Z"),
                        "ann",
                        "noc.created",
                        "NOC East",
                        7L,
                        "10.1.1.1",
                        "curl/8",
                        true,
                        "x"));
    }
}
