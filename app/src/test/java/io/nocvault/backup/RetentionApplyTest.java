package io.nocvault.backup;

import static io.nocvault.backup.StoreFixture.change;
import static io.nocvault.backup.StoreFixture.config;
import static io.nocvault.backup.StoreFixture.newDeviceId;
import static io.nocvault.backup.StoreFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.nocvault.backup.store.PackBlobStore;
import io.nocvault.common.Origin;
import io.nocvault.test.NocVaultTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.web.context.request.RequestContextHolder;

/** Retention on real versions: preview, apply, blob removal, overrides. */
@NocVaultTest
@RecordApplicationEvents
class RetentionApplyTest {

    static final Instant T0 = Instant.parse("2025-03-01T02:00:00Z");

    @Autowired
    VersionStore versions;

    @Autowired
    BackupRetention retention;

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
        RequestContextHolder.resetRequestAttributes();
        fixture = new StoreFixture(jdbc, blobs);
        noc = fixture.nocs.create("Retention");
        device = newDeviceId();
    }

    /** One version a day for {@code days} days, each changing one line; the normalized text differs from the raw. */
    List<BackupVersion> dailyHistory(long deviceId, int days, long seed) {
        List<String> config = config(200, seed);
        List<BackupVersion> history = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            config = change(config, 1 + day, " description day " + day);
            String normalized = text(config);
            String raw = "! captured on day " + day + "\n" + normalized;
            history.add(versions.record(deviceId, noc, raw, normalized, null, T0.plus(day, ChronoUnit.DAYS))
                    .version());
        }
        return history;
    }

    @Test
    void previewShowsWhatGoesAndWhyTheRestStays() {
        List<BackupVersion> history = dailyHistory(device, 6, 1);
        retention.setOverride(
                device, noc, new RetentionPolicy(2, 0, 0, 0, 0, 0, KeepWithin.parse("")), Origin.system());

        RetentionPreview preview = retention.preview(device);

        assertThat(preview.override()).isTrue();
        assertThat(preview.policy().keepLast()).isEqualTo(2);
        assertThat(preview.kept())
                .extracting(RetentionDecision::versionId)
                .containsExactly(history.get(5).id(), history.get(4).id());
        assertThat(preview.decisions().getFirst().reasons()).containsExactly("latest version", "last");
        assertThat(preview.forgotten()).hasSize(4);
        assertThat(versions.versions(device)).hasSize(6);
        assertThat(events.stream(RetentionOverrideChanged.class))
                .anyMatch(e -> e.deviceId() == device && e.action().equals("backup.retention.override.set"));
    }

    @Test
    void applyDeletesForgottenVersionsThenTheBlobsNothingNeeds() {
        List<BackupVersion> history = dailyHistory(device, 6, 2);
        long otherDevice = newDeviceId();
        String shared = versions.read(history.get(0).id());
        BackupVersion sharedCopy =
                versions.record(otherDevice, noc, shared, shared, null, T0).version();
        retention.setOverride(device, noc, new RetentionPolicy(2, 0, 0, 0, 0, 0, null), Origin.system());

        RetentionResult result = retention.apply(device, Origin.system());

        assertThat(result.forgotten()).isEqualTo(4);
        assertThat(result.kept()).isEqualTo(2);
        assertThat(versions.versions(device))
                .extracting(BackupVersion::id)
                .containsExactly(history.get(5).id(), history.get(4).id());
        assertThat(versions.read(history.get(5).id())).startsWith("! captured on day 5");
        assertThat(versions.read(history.get(4).id())).startsWith("! captured on day 4");
        for (BackupVersion gone : history.subList(0, 4)) {
            assertThat(fixture.blobRows(gone.normalizedSha256())).isZero();
            assertThat(fixture.blobExists(gone.normalizedSha256())).isFalse();
        }
        assertThat(fixture.blobExists(history.get(3).blobId()))
                .as("the raw blob of day 3 is the dictionary of day 4")
                .isTrue();
        assertThat(fixture.blobExists(sharedCopy.blobId()))
                .as("the other device's blob")
                .isTrue();
        assertThat(versions.read(sharedCopy.id())).isEqualTo(shared);
        assertThat(result.blobsRemoved()).isPositive();
        assertThat(result.bytesFreed()).isPositive();
        RetentionApplied applied =
                events.stream(RetentionApplied.class).findFirst().orElseThrow();
        assertThat(applied.deviceId()).isEqualTo(device);
        assertThat(applied.nocId()).isEqualTo(noc);
        assertThat(applied.detail()).contains("4 version(s) deleted");
    }

    @Test
    void theLatestVersionSurvivesTheStrictestPolicyAndApplyIsIdempotent() {
        List<BackupVersion> history = dailyHistory(device, 3, 3);
        retention.setOverride(device, noc, new RetentionPolicy(0, 1, 0, 0, 0, 0, null), Origin.system());

        retention.apply(device, Origin.system());
        RetentionResult again = retention.apply(device, Origin.system());

        assertThat(versions.versions(device))
                .extracting(BackupVersion::id)
                .containsExactly(history.get(2).id());
        assertThat(again.forgotten()).isZero();
        assertThat(events.stream(RetentionApplied.class)).hasSize(1);
    }

    @Test
    void devicesWithoutOverrideFollowTheDefault() {
        dailyHistory(device, 3, 4);
        retention.setOverride(device, noc, new RetentionPolicy(1, 0, 0, 0, 0, 0, null), Origin.system());

        retention.removeOverride(device, Origin.system());

        assertThat(retention.override(device)).isEmpty();
        assertThat(retention.policyFor(device)).isEqualTo(retention.defaultPolicy());
        assertThat(retention.defaultPolicy().keepLast()).isEqualTo(10);
        assertThat(retention.preview(device).forgotten()).isEmpty();
        assertThat(events.stream(RetentionOverrideChanged.class))
                .anyMatch(e -> e.policy() == null && e.action().equals("backup.retention.override.removed"));
    }

    @Test
    void applyAllCoversEveryDeviceInOneEvent() {
        long second = newDeviceId();
        dailyHistory(device, 4, 5);
        dailyHistory(second, 4, 6);
        RetentionPolicy lastOne = new RetentionPolicy(1, 0, 0, 0, 0, 0, null);
        retention.setOverride(device, noc, lastOne, Origin.system());
        retention.setOverride(second, noc, lastOne, Origin.system());

        RetentionResult result = retention.applyAll(Origin.system());

        assertThat(result.forgotten()).isGreaterThanOrEqualTo(6);
        assertThat(versions.versions(device)).hasSize(1);
        assertThat(versions.versions(second)).hasSize(1);
        assertThat(events.stream(RetentionApplied.class)).singleElement().satisfies(e -> {
            assertThat(e.deviceId()).isNull();
            assertThat(e.target()).isEqualTo("all devices");
        });
    }
}
