package io.nocvault.backup;

import static io.nocvault.backup.StoreFixture.change;
import static io.nocvault.backup.StoreFixture.config;
import static io.nocvault.backup.StoreFixture.newDeviceId;
import static io.nocvault.backup.StoreFixture.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nocvault.backup.store.PackBlobStore;
import io.nocvault.common.ConflictException;
import io.nocvault.common.Origin;
import io.nocvault.test.NocVaultTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.web.context.request.RequestContextHolder;

/** Recording, change detection, reading and deleting versions on the real store and database. */
@NocVaultTest
@RecordApplicationEvents
class VersionStoreTest {

    static final Instant T0 = Instant.parse("2025-01-10T02:00:00Z");

    @Autowired
    VersionStore versions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PackBlobStore blobs;

    @Autowired
    ApplicationEvents events;

    StoreFixture fixture;
    long noc;
    long device;

    @BeforeEach
    void setUp() {
        // the store is used by background work (backup runs): no HTTP request, so the NOC scope is unrestricted
        RequestContextHolder.resetRequestAttributes();
        fixture = new StoreFixture(jdbc, blobs);
        noc = fixture.nocs.create("Store");
        device = newDeviceId();
    }

    @Test
    void theFirstCaptureIsANewVersionWithEveryLineAdded() {
        String raw = text(config(40, 1));

        StoreOutcome outcome = versions.record(device, noc, raw, raw, 77L, T0);

        assertThat(outcome.kind()).isEqualTo(StoreOutcome.Kind.NEW_VERSION);
        BackupVersion version = outcome.version();
        assertThat(version.deviceId()).isEqualTo(device);
        assertThat(version.nocId()).isEqualTo(noc);
        assertThat(version.added()).isEqualTo(40);
        assertThat(version.removed()).isZero();
        assertThat(version.lines()).isEqualTo(40);
        assertThat(version.size()).isEqualTo(raw.length());
        assertThat(version.runId()).isEqualTo(77L);
        assertThat(version.firstSeen()).isEqualTo(T0);
        assertThat(version.lastConfirmed()).isEqualTo(T0);
        assertThat(version.integrity()).isEqualTo(IntegrityStatus.OK);
        assertThat(versions.read(version.id())).isEqualTo(raw);
        assertThat(versions.latest(device)).contains(version);
    }

    @Test
    void anUnchangedNormalizedTextConfirmsTheLatestVersion() {
        String normalized = text(config(30, 2));
        String raw1 = "! Last configuration change at 10:00\n" + normalized;
        String raw2 = "! Last configuration change at 11:00\n" + normalized;
        BackupVersion first =
                versions.record(device, noc, raw1, normalized, 1L, T0).version();

        StoreOutcome second = versions.record(device, noc, raw2, normalized, 2L, T0.plus(Duration.ofDays(1)));

        assertThat(second.kind()).isEqualTo(StoreOutcome.Kind.UNCHANGED);
        assertThat(second.isNew()).isFalse();
        assertThat(second.version().id()).isEqualTo(first.id());
        assertThat(second.version().firstSeen()).isEqualTo(T0);
        assertThat(second.version().lastConfirmed()).isEqualTo(T0.plus(Duration.ofDays(1)));
        assertThat(versions.read(first.id())).isEqualTo(raw1);
        assertThat(versions.readNormalized(first.id())).isEqualTo(normalized);
        assertThat(versions.versions(device)).hasSize(1);

        versions.record(device, noc, raw2, normalized, 3L, T0.minus(Duration.ofDays(3)));
        assertThat(versions.get(first.id()).lastConfirmed()).isEqualTo(T0.plus(Duration.ofDays(1)));
    }

    @Test
    void aChangeStoresANewVersionWithLineCountsOfTheNormalizedText() {
        List<String> v1 = config(50, 3);
        List<String> v2 = change(change(v1, 5, "hostname renamed"), 9, " description moved");
        v2.add("ntp server 10.0.0.1");
        versions.record(device, noc, text(v1), text(v1), null, T0);

        StoreOutcome outcome = versions.record(device, noc, text(v2), text(v2), null, T0.plusSeconds(3600));

        assertThat(outcome.isNew()).isTrue();
        assertThat(outcome.added()).isEqualTo(3);
        assertThat(outcome.removed()).isEqualTo(2);
        assertThat(versions.versions(device))
                .extracting(BackupVersion::id)
                .containsExactly(
                        outcome.version().id(), versions.versions(device).get(1).id());
        assertThat(versions.read(outcome.version().id())).isEqualTo(text(v2));
    }

    @Test
    void theSameConfigOnTwoDevicesIsOneBlob() {
        String raw = text(config(20, 4));
        long other = newDeviceId();

        BackupVersion a = versions.record(device, noc, raw, raw, null, T0).version();
        BackupVersion b = versions.record(other, noc, raw, raw, null, T0).version();

        assertThat(a.id()).isNotEqualTo(b.id());
        assertThat(a.blobId()).isEqualTo(b.blobId()).isEqualTo(a.normalizedSha256());
        assertThat(fixture.blobRows(a.blobId())).isEqualTo(1);
    }

    @Test
    void aLongHistoryUsesBoundedDictionaryChainsAndSurvivesDeletingMiddleVersions() {
        List<String> config = config(300, 5);
        List<BackupVersion> history = new java.util.ArrayList<>();
        for (int day = 0; day < 40; day++) {
            config = change(config, 1 + day * 7, " description day " + day);
            String raw = text(config);
            history.add(versions.record(device, noc, raw, raw, null, T0.plus(day, ChronoUnit.DAYS))
                    .version());
        }
        List<Integer> depths =
                history.stream().map(v -> fixture.chainDepth(v.blobId())).toList();
        assertThat(depths.subList(30, 40)).containsExactly(30, 31, 32, 0, 1, 2, 3, 4, 5, 6);

        for (int i = 1; i < 39; i += 2) {
            versions.delete(history.get(i).id(), Origin.system());
        }
        versions.delete(history.get(32).id(), Origin.system());

        for (int i = 0; i < 40; i += i == 30 ? 4 : 2) {
            assertThat(versions.read(history.get(i).id()))
                    .as("version of day %d", i)
                    .isNotEmpty();
        }
        assertThat(versions.read(history.get(39).id())).isEqualTo(text(config));
        assertThat(fixture.blobExists(history.get(1).blobId()))
                .as("a deleted version's blob stays while a kept blob uses it as dictionary")
                .isTrue();
        assertThat(fixture.blobExists(history.get(32).blobId()))
                .as("the end of a chain is nobody's dictionary: it goes with its version")
                .isFalse();
        assertThat(fixture.blobExists(history.get(31).blobId()))
                .as("nor is the dictionary that only it needed")
                .isFalse();
        assertThat(versions.versions(device)).hasSize(20);
        assertThat(events.stream(VersionDeleted.class)).hasSize(20);
    }

    @Test
    void theLatestVersionIsNeverDeletedAndDeletingRemovesOnlyUnneededBlobs() {
        String normalized1 = text(config(40, 6));
        String raw1 = "! saved at 10:00\n" + normalized1;
        String raw2 = text(config(40, 7));
        BackupVersion first =
                versions.record(device, noc, raw1, normalized1, null, T0).version();
        BackupVersion latest = versions.record(device, noc, raw2, raw2, null, T0.plusSeconds(60))
                .version();
        assertThat(blobs.describe(latest.blobId()).dictionaryId()).isEqualTo(first.blobId());

        assertThatThrownBy(() -> versions.delete(latest.id(), Origin.system()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("latest");

        versions.delete(first.id(), Origin.system());
        assertThat(versions.versions(device)).extracting(BackupVersion::id).containsExactly(latest.id());
        assertThat(fixture.blobRows(first.normalizedSha256())).isZero();
        assertThat(fixture.blobExists(first.normalizedSha256())).isFalse();
        assertThat(fixture.blobRows(first.blobId()))
                .as("dictionary of the latest version")
                .isEqualTo(1);
        assertThat(versions.read(latest.id())).isEqualTo(raw2);
        VersionDeleted deleted = events.stream(VersionDeleted.class).findFirst().orElseThrow();
        assertThat(deleted.versionId()).isEqualTo(first.id());
        assertThat(deleted.action()).isEqualTo("backup.version.deleted");
        assertThat(deleted.nocId()).isEqualTo(noc);
    }

    @Test
    void twoCapturesOfTheSameDeviceAtOnceMakeOneVersion() throws Exception {
        String raw = text(config(200, 8));
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<StoreOutcome> capture = () -> {
            start.await();
            return versions.record(device, noc, raw, raw, null, T0);
        };
        List<StoreOutcome> outcomes;
        try (var executor = Executors.newFixedThreadPool(2)) {
            List<Future<StoreOutcome>> futures = List.of(executor.submit(capture), executor.submit(capture));
            outcomes = List.of(futures.get(0).get(), futures.get(1).get());
        }

        assertThat(outcomes)
                .extracting(StoreOutcome::kind)
                .containsExactlyInAnyOrder(StoreOutcome.Kind.NEW_VERSION, StoreOutcome.Kind.UNCHANGED);
        assertThat(versions.versions(device)).hasSize(1);
    }

    @Test
    void aCorruptPreviousVersionIsMarkedAndTheNewVersionStillStored() {
        String raw1 = text(config(60, 9));
        BackupVersion first = versions.record(device, noc, raw1, raw1, null, T0).version();
        fixture.tamper(first.blobId());
        String raw2 = text(change(config(60, 9), 3, "changed"));

        StoreOutcome outcome = versions.record(device, noc, raw2, raw2, null, T0.plusSeconds(60));

        assertThat(outcome.isNew()).isTrue();
        assertThat(versions.read(outcome.version().id())).isEqualTo(raw2);
        assertThat(versions.get(first.id()).integrity()).isEqualTo(IntegrityStatus.CORRUPT);
        assertThat(events.stream(IntegrityFailed.class)).anyMatch(e -> e.versionId() == first.id());
        assertThatThrownBy(() -> versions.read(first.id())).isInstanceOf(BlobCorruptException.class);
    }

    @Test
    void listFiltersAndPages() {
        for (int i = 0; i < 5; i++) {
            String raw = text(config(5, 100 + i));
            versions.record(device, noc, raw, raw, null, T0.plus(i, ChronoUnit.HOURS));
        }

        VersionPage page = versions.list(
                new VersionFilter(device, null, T0.plus(1, ChronoUnit.HOURS), null, null),
                io.nocvault.common.Paging.of(2, 1L));

        assertThat(page.count()).isEqualTo(4);
        assertThat(page.results())
                .extracting(BackupVersion::firstSeen)
                .containsExactly(T0.plus(3, ChronoUnit.HOURS), T0.plus(2, ChronoUnit.HOURS));
    }
}
