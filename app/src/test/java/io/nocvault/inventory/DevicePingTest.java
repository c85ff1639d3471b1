package io.nocvault.inventory;

import static io.nocvault.test.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.nocvault.common.Origin;
import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import io.nocvault.test.NocVaultWebTest;
import io.nocvault.test.TestNocs;
import io.nocvault.test.TestPrincipals;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Ping tests through {@link DevicePinger} with whichever probe this machine has (fping or the TCP fallback): a
 * device on 127.0.0.1 with a listening port is active, a device whose name does not resolve is inactive; a change
 * of state (not the first ping) publishes {@link DeviceReachabilityChanged}.
 */
@NocVaultWebTest
@RecordApplicationEvents
class DevicePingTest {

    @Autowired
    DevicePinger pinger;

    @Autowired
    DeviceProvisioning provisioning;

    @Autowired
    DeviceDirectory directory;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    long noc;

    @BeforeEach
    void setUp() {
        RequestContextHolder.resetRequestAttributes();
        noc = new TestNocs(jdbc).create("Ping");
    }

    @Test
    void pingMarksActiveAndInactiveAndPublishesChanges() throws Exception {
        try (ServerSocket ssh = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            DeviceSummary up = provisioning.create(device("up", "127.0.0.1", ssh.getLocalPort()), Origin.system());
            DeviceSummary down = provisioning.create(device("down", "gone.invalid", 22), Origin.system());

            DevicePinger.PingReport first = pinger.ping(List.of(up.id(), down.id()));
            assertThat(first.pinged()).isEqualTo(2);
            assertThat(first.reachable()).isEqualTo(1);
            assertThat(first.changed()).isZero();
            assertThat(directory.require(up.id()).reachability()).isEqualTo(Reachability.ACTIVE);
            assertThat(directory.require(up.id()).lastSeen()).isNotNull();
            assertThat(directory.require(down.id()).reachability()).isEqualTo(Reachability.INACTIVE);
            assertThat(directory.require(down.id()).lastSeen()).isNull();
            assertThat(events.stream(DeviceReachabilityChanged.class)).isEmpty();

            jdbc.sql("update devices set address = 'gone-too.invalid', address_key = 'gone-too.invalid' where id = :id")
                    .param("id", up.id())
                    .update();
            DevicePinger.PingReport second = pinger.ping(List.of(up.id(), down.id()));
            assertThat(second.reachable()).isZero();
            assertThat(second.changed()).isEqualTo(1);
            assertThat(events.stream(DeviceReachabilityChanged.class))
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.deviceId()).isEqualTo(up.id());
                        assertThat(e.previous()).isEqualTo(Reachability.ACTIVE);
                        assertThat(e.current()).isEqualTo(Reachability.INACTIVE);
                    });
            assertThat(directory.require(up.id()).lastSeen()).isNotNull();
        }
    }

    @Test
    void anOperatorPingsSelectedDevicesThroughTheApi() throws Exception {
        AuthenticatedUser operator = new TestPrincipals(jdbc).create(Role.OPERATOR);
        new TestNocs(jdbc).grant(operator.id(), noc);
        try (ServerSocket ssh = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            DeviceSummary up = provisioning.create(device("api-up", "127.0.0.1", ssh.getLocalPort()), Origin.system());
            mvc.perform(post("/api/v1/devices/ping")
                            .with(as(operator))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"ids\": [" + up.id() + "]}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.pinged").value(1))
                    .andExpect(jsonPath("$.reachable").value(1));
        }
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void pingAllCoversEveryEnabledDevice() {
        DeviceSummary enabled = provisioning.create(device("all-on", "off-net.invalid", 22), Origin.system());
        NewDevice off = device("all-off", "off-net2.invalid", 22);
        DeviceSummary disabled = provisioning.create(
                new NewDevice(
                        off.hostname(), off.address(), 22, noc, "cisco_ios", "u", "p", null, Set.of(), null, false),
                Origin.system());
        DevicePinger.PingReport report = pinger.pingAll();
        assertThat(report.pinged()).isGreaterThanOrEqualTo(1);
        assertThat(directory.require(enabled.id()).reachability()).isEqualTo(Reachability.INACTIVE);
        assertThat(directory.require(disabled.id()).reachability()).isEqualTo(Reachability.UNKNOWN);
    }

    NewDevice device(String prefix, String address, int port) {
        return new NewDevice(
                InventoryFixture.unique(prefix), address, port, noc, "cisco_ios", "u", "p", null, Set.of(), null, true);
    }
}
