package io.nocvault.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nocvault.simulator.Platforms;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The lab's devices: every platform, unique names and consecutive ports, the same plan every time. */
class LabPlanTest {

    @Test
    void twentyDevicesCoverEveryPlatformWithUniqueNamesAndConsecutivePorts() {
        LabPlan plan = LabPlan.of(10, 20201);

        assertThat(plan.devices()).hasSize(20);
        assertThat(plan.devices().stream().map(LabPlan.Device::platform).distinct())
                .containsExactlyInAnyOrderElementsOf(Platforms.keys());
        assertThat(plan.devices().stream().map(LabPlan.Device::hostname).distinct())
                .hasSize(20);
        assertThat(plan.devices().stream().map(LabPlan.Device::port))
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(20201, 20220).boxed().toList());
        assertThat(plan.lastPort()).isEqualTo(20220);
        assertThat(plan.devices().subList(0, 10)).allSatisfy(d -> {
            assertThat(d.behindJump()).isFalse();
            assertThat(d.hostname()).startsWith("jnb-");
            assertThat(d.tags()).contains("demo", "jnb");
        });
        assertThat(plan.devices().subList(10, 20)).allSatisfy(d -> {
            assertThat(d.behindJump()).isTrue();
            assertThat(d.hostname()).startsWith("cpt-");
            assertThat(d.description()).contains("Cape Town");
        });
        assertThat(plan.devices().getFirst().hostname()).isEqualTo("jnb-rtr-01");
        assertThat(LabPlan.of(10, 20201)).isEqualTo(plan);
    }

    @Test
    void moreDevicesNumberTheSameRolePerSite() {
        LabPlan plan = LabPlan.of(40, 30000);

        assertThat(plan.devices()).extracting(LabPlan.Device::hostname).contains("jnb-rtr-03", "cpt-srv-03");
        assertThat(plan.devices().stream().map(LabPlan.Device::hostname).distinct())
                .hasSize(80);
    }

    @Test
    void refusesSettingsThatCannotWork() {
        assertThatThrownBy(() -> new DemoLabProperties(true, 20200, 20201, 0, Duration.ofMinutes(10), 300))
                .hasMessageContaining("devices-per-noc");
        assertThatThrownBy(() -> new DemoLabProperties(true, 20200, 65530, 10, Duration.ofMinutes(10), 300))
                .hasMessageContaining("base-port");
        assertThatThrownBy(() -> new DemoLabProperties(true, 20200, 20201, 10, Duration.ofMinutes(-1), 300))
                .hasMessageContaining("change-interval");
    }
}
