package io.nocvault.backup.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentBlobsTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void capacityIsASixteenthOfTheHeapBetweenFourAndThirtyTwoMebibytes() {
        assertThat(RecentBlobs.capacityFor(200 * MIB)).isEqualTo(200 * MIB / 16);
        assertThat(RecentBlobs.capacityFor(32 * MIB)).isEqualTo(4 * MIB);
        assertThat(RecentBlobs.capacityFor(4096 * MIB)).isEqualTo(32 * MIB);
    }

    @Test
    void dropsTheLeastRecentlyUsedWhenFullAndNeverKeepsABlobOverAQuarterOfTheCapacity() {
        RecentBlobs recent = new RecentBlobs(100);
        recent.put("a", new byte[20]);
        recent.put("b", new byte[20]);
        recent.put("c", new byte[20]);
        recent.get("a");
        recent.put("d", new byte[25]);
        recent.put("e", new byte[20]);

        assertThat(recent.get("b")).as("least recently used").isNull();
        assertThat(recent.get("a")).isNotNull();
        assertThat(recent.get("c")).isNotNull();
        assertThat(recent.get("d")).isNotNull();
        assertThat(recent.get("e")).isNotNull();

        recent.put("big", new byte[26]);
        assertThat(recent.get("big")).isNull();
    }
}
