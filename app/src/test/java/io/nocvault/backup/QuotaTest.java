package io.nocvault.backup;

import static io.nocvault.backup.StoreFixture.newDeviceId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nocvault.common.Origin;
import io.nocvault.test.NocVaultTest;
import io.nocvault.test.TestNocs;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.web.context.request.RequestContextHolder;

/** A small quota: a warning and then the refusal, each announced once per crossing. */
@NocVaultTest
@RecordApplicationEvents
@TestPropertySource(properties = {"nocvault.backup.quota.limit=20000", "nocvault.backup.quota.warn-at=50"})
class QuotaTest {

    static final Instant T0 = Instant.parse("2025-06-01T02:00:00Z");
    static final SecureRandom RANDOM = new SecureRandom();

    @Autowired
    VersionStore versions;

    @Autowired
    StoreQuota quota;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    long noc;

    @BeforeEach
    void setUp() {
        RequestContextHolder.resetRequestAttributes();
        noc = new TestNocs(jdbc).create("Quota");
    }

    /** About 3 KB that does not compress much. */
    static String randomConfig() {
        byte[] bytes = new byte[1500];
        RANDOM.nextBytes(bytes);
        return "hostname random\n" + HexFormat.of().formatHex(bytes) + "\n";
    }

    @Test
    void warnsOnceThenRefusesNewVersionsOnceAboveTheLimit() {
        List<BackupVersion> stored = new ArrayList<>();
        QuotaExceededException refusal = null;
        for (int i = 0; i < 30 && refusal == null; i++) {
            String raw = randomConfig();
            try {
                stored.add(
                        versions.record(newDeviceId(), noc, raw, raw, null, T0).version());
            } catch (QuotaExceededException e) {
                refusal = e;
            }
        }
        assertThat(refusal).isNotNull();
        assertThat(refusal.getMessage())
                .contains("quota exceeded")
                .contains("nocvault.backup.quota.limit")
                .contains("KiB");
        assertThat(refusal.limitBytes()).isEqualTo(20000);
        for (int i = 0; i < 3; i++) {
            String raw = randomConfig();
            assertThatThrownBy(() -> versions.record(newDeviceId(), noc, raw, raw, null, T0))
                    .isInstanceOf(QuotaExceededException.class);
        }
        assertThat(events.stream(QuotaWarning.class)).singleElement().satisfies(w -> {
            assertThat(w.warnPercent()).isEqualTo(50);
            assertThat(w.usedBytes()).isGreaterThanOrEqualTo(10000);
        });
        assertThat(events.stream(QuotaExceeded.class))
                .singleElement()
                .satisfies(e -> assertThat(e.usedBytes()).isGreaterThanOrEqualTo(20000));

        BackupVersion existing = stored.getFirst();
        String same = versions.read(existing.id());
        StoreOutcome confirm = versions.record(existing.deviceId(), noc, same, same, null, T0.plusSeconds(60));
        assertThat(confirm.kind()).isEqualTo(StoreOutcome.Kind.UNCHANGED);

        StoreUsage usage = quota.usage();
        assertThat(usage.aboveLimit()).isTrue();
        assertThat(usage.limitBytes()).isEqualTo(20000);
        assertThat(usage.freeDiskBytes()).isPositive();
        assertThat(usage.versions()).isEqualTo(stored.size());
        assertThat(quota.deviceUsedBytes(existing.deviceId())).isPositive().isLessThan(usage.usedBytes());
    }

    @Test
    void usageFigures() {
        assertThat(StoreUsage.human(512)).isEqualTo("512 B");
        assertThat(StoreUsage.human(1536)).isEqualTo("1.5 KiB");
        assertThat(new StoreUsage(50, 100, 50, 0, 0, 0).aboveWarning()).isTrue();
        assertThat(new StoreUsage(49, 100, 50, 0, 0, 0).aboveWarning()).isFalse();
        assertThat(new StoreUsage(500, 0, 50, 0, 0, 0).aboveLimit()).isFalse();
        assertThat(Origin.system().actor()).isEqualTo("system");
    }
}
