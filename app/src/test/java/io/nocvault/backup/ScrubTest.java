package io.nocvault.backup;

import static io.nocvault.backup.StoreFixture.config;
import static io.nocvault.backup.StoreFixture.newDeviceId;
import static io.nocvault.backup.StoreFixture.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nocvault.backup.store.PackBlobStore;
import io.nocvault.test.NocVaultTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.web.context.request.RequestContextHolder;

/** The integrity scrub finds a flipped byte, marks the version, announces it once and repairs nothing. */
@NocVaultTest
@RecordApplicationEvents
class ScrubTest {

    static final Instant T0 = Instant.parse("2025-05-01T02:00:00Z");

    @Autowired
    VersionStore versions;

    @Autowired
    Scrubber scrubber;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PackBlobStore blobs;

    @Autowired
    ApplicationEvents events;

    StoreFixture fixture;
    long noc;

    @BeforeEach
    void setUp() {
        RequestContextHolder.resetRequestAttributes();
        fixture = new StoreFixture(jdbc, blobs);
        noc = fixture.nocs.create("Scrub");
    }

    BackupVersion store(long seed) {
        String raw = text(config(80, seed));
        return versions.record(newDeviceId(), noc, raw, raw, null, T0).version();
    }

    @Test
    void aFlippedByteIsFoundMarkedAnnouncedAndLeftAsFound() throws Exception {
        BackupVersion intact = store(1);
        BackupVersion damaged = store(2);
        fixture.tamper(damaged.blobId());
        byte[] evidence = fixture.storedBytes(damaged.blobId());

        ScrubReport report = scrubber.scrubAll();

        assertThat(report.corruptVersionIds()).contains(damaged.id()).doesNotContain(intact.id());
        assertThat(versions.get(damaged.id()).integrity()).isEqualTo(IntegrityStatus.CORRUPT);
        assertThat(versions.get(damaged.id()).checkedAt()).isNotNull();
        assertThat(versions.get(intact.id()).integrity()).isEqualTo(IntegrityStatus.OK);
        IntegrityFailed failed = events.stream(IntegrityFailed.class)
                .filter(e -> e.versionId() == damaged.id())
                .findFirst()
                .orElseThrow();
        assertThat(failed.blobId()).isEqualTo(damaged.blobId());
        assertThat(failed.deviceId()).isEqualTo(damaged.deviceId());
        assertThat(failed.nocId()).isEqualTo(noc);
        assertThatThrownBy(() -> versions.read(damaged.id())).isInstanceOf(BlobCorruptException.class);

        scrubber.scrubAll();
        assertThat(scrubber.verify(damaged.id())).isEqualTo(IntegrityStatus.CORRUPT);
        assertThat(events.stream(IntegrityFailed.class).filter(e -> e.versionId() == damaged.id()))
                .hasSize(1);
        assertThat(fixture.storedBytes(damaged.blobId())).isEqualTo(evidence);
    }

    @Test
    void aReadFindsTheFlippedByteToo() {
        BackupVersion damaged = store(3);
        fixture.tamper(damaged.blobId());

        assertThatThrownBy(() -> versions.read(damaged.id()))
                .isInstanceOf(BlobCorruptException.class)
                .hasMessageContaining(damaged.blobId());

        assertThat(versions.get(damaged.id()).integrity()).isEqualTo(IntegrityStatus.CORRUPT);
        assertThat(events.stream(IntegrityFailed.class)).anyMatch(e -> e.versionId() == damaged.id());
    }

    @Test
    void sharesRotateSoThatTwoHalvesCheckEveryVersion() {
        List<BackupVersion> stored = List.of(store(4), store(5), store(6), store(7));

        ScrubReport first = scrubber.scrubShare(0.5);
        ScrubReport second = scrubber.scrubShare(0.5);

        assertThat(first.checked()).isPositive();
        assertThat(second.checked()).isPositive();
        for (BackupVersion version : stored) {
            assertThat(versions.get(version.id()).checkedAt())
                    .as("version %d", version.id())
                    .isNotNull();
        }
        assertThatThrownBy(() -> scrubber.scrubShare(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scrubber.scrubShare(1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
