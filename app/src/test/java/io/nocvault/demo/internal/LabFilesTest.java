package io.nocvault.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lab's files: random secrets made once and kept owner-only, ports of the first start, revisions. */
class LabFilesTest {

    @TempDir
    Path dataDir;

    static DemoLabProperties properties(int jumpPort, int basePort) {
        return new DemoLabProperties(true, jumpPort, basePort, 10, Duration.ofMinutes(10), 300);
    }

    @Test
    void createsRandomSecretsOnceAndKeepsThemAndThePortsOfTheFirstStart() throws Exception {
        LabFiles files = new LabFiles(dataDir.resolve("demo"));
        LabSettings first = files.loadOrCreate(properties(20200, 20201));
        LabSettings again = new LabFiles(dataDir.resolve("demo")).loadOrCreate(properties(30000, 30001));

        assertThat(again).isEqualTo(first);
        assertThat(first.jumpPort()).isEqualTo(20200);
        assertThat(first.basePort()).isEqualTo(20201);
        assertThat(first.devicePassword()).hasSize(24).isNotEqualTo(first.enableSecret());
        assertThat(first.jumpPassword()).isNotEqualTo(first.devicePassword());
        assertThat(first.toString()).doesNotContain(first.devicePassword(), first.enableSecret(), first.jumpPassword());
        assertThat(Files.getPosixFilePermissions(files.settingsFile()))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        LabSettings other = new LabFiles(dataDir.resolve("other")).loadOrCreate(properties(20200, 20201));
        assertThat(other.devicePassword()).isNotEqualTo(first.devicePassword());
    }

    @Test
    void keepsTheRevisionsOfEveryDevice() throws Exception {
        LabFiles files = new LabFiles(dataDir.resolve("demo"));
        assertThat(files.revisions()).isEmpty();

        files.saveRevisions(Map.of("jnb-rtr-01", 3, "cpt-fw-01", 1));

        assertThat(new LabFiles(dataDir.resolve("demo")).revisions())
                .containsExactlyInAnyOrderEntriesOf(Map.of("jnb-rtr-01", 3, "cpt-fw-01", 1));
        assertThat(Files.getPosixFilePermissions(dataDir.resolve("demo").resolve(LabFiles.REVISIONS)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (var listing = Files.list(dataDir.resolve("demo"))) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly(LabFiles.REVISIONS);
        }
    }
}
