package io.nocvault.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditFilterParamsTest {

    @Test
    void emptyParametersFilterNothing() {
        ParsedAuditFilter parsed = new AuditFilterParams(" ", "", null, "", null, "", null, null).parse();

        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.filter()).isEqualTo(AuditFilter.NONE);
        assertThat(parsed.paging().limit()).isEqualTo(50);
        assertThat(parsed.paging().offset()).isZero();
    }

    @Test
    void readsEveryField() {
        ParsedAuditFilter parsed = new AuditFilterParams(
                        " alice ", "user.", "12", "2026-05-01", "2026-05-02", "FALSE", "20", "40")
                .parse();

        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.filter())
                .isEqualTo(new AuditFilter(
                        "alice",
                        "user.",
                        12L,
                        Instant.parse("2026-05-01T00:00:00Z"),
                        Instant.parse("2026-05-03T00:00:00Z"),
                        false));
        assertThat(parsed.paging().limit()).isEqualTo(20);
        assertThat(parsed.paging().offset()).isEqualTo(40);
    }

    @Test
    void readsDateTimesWithOffsetOrAsUtc() {
        AuditFilter filter = new AuditFilterParams(
                        null, null, null, "2026-05-01T10:00:00+02:00", "2026-05-01T12:30", null, null, null)
                .parse()
                .filter();

        assertThat(filter.from()).isEqualTo(Instant.parse("2026-05-01T08:00:00Z"));
        assertThat(filter.until()).isEqualTo(Instant.parse("2026-05-01T12:30:00Z"));
    }

    @Test
    void clampsPagingLikeEveryList() {
        ParsedAuditFilter parsed =
                new AuditFilterParams(null, null, null, null, null, null, "99999999999", "-5").parse();

        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.paging().limit()).isEqualTo(1000);
        assertThat(parsed.paging().offset()).isZero();
    }

    @Test
    void reportsEveryBadField() {
        ParsedAuditFilter parsed =
                new AuditFilterParams(null, null, "abc", "yesterday", "2026-13-01", "maybe", "ten", "1.5").parse();

        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.errors()).containsOnlyKeys("nocId", "from", "to", "success", "limit", "offset");
    }

    @Test
    void rejectsAnEmptyRangeAndNonPositiveNocIds() {
        ParsedAuditFilter parsed =
                new AuditFilterParams(null, null, "0", "2026-05-02", "2026-05-01", null, null, null).parse();

        assertThat(parsed.errors()).containsOnlyKeys("nocId", "to");
        assertThat(parsed.errors().get("to")).isEqualTo("must be after from");
    }
}
