package io.nocvault.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.nocvault.drivers.CaptureResult;
import io.nocvault.drivers.DeviceLogin;
import io.nocvault.drivers.DriverCatalog;
import io.nocvault.simulator.SimulatedDevice;
import io.nocvault.simulator.Simulator;
import io.nocvault.test.NocVaultTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Ten device sessions at once go over one jump session: one SSH login on the jump server, ten port forwards. */
@NocVaultTest
class OneJumpSessionTest {

    static final TransportTimeouts TIMEOUTS =
            new TransportTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60));

    @Autowired
    DeviceCli cli;

    @Autowired
    SshConnector connector;

    @Autowired
    DriverCatalog drivers;

    @Test
    void tenConcurrentCapturesShareOneJumpSession() throws Exception {
        Simulator.Builder builder = Simulator.builder().configLines(50);
        for (int i = 0; i < 10; i++) {
            builder.device(i % 2 == 0 ? "cisco_ios" : "arista_eos", "behind-jump-" + i);
        }
        try (Simulator sim = builder.start();
                TestSshServer jump = new TestSshServer("jumper", "jump-Pass-1", null, true)) {
            AtomicInteger jumpLogins = new AtomicInteger();
            jump.server.addSessionListener(new SessionListener() {
                @Override
                public void sessionCreated(Session session) {
                    jumpLogins.incrementAndGet();
                }
            });
            SshEndpoint jumpEndpoint = new SshEndpoint(
                    "127.0.0.1",
                    jump.port(),
                    SshCredentials.password("jumper", "jump-Pass-1"),
                    "jump:reuse-" + UUID.randomUUID(),
                    null,
                    "jump");
            try (JumpTunnel tunnel = connector.openJump(jumpEndpoint, TIMEOUTS, StepListener.NONE);
                    ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<CaptureResult>> runs = new ArrayList<>();
                for (SimulatedDevice device : sim.devices()) {
                    runs.add(pool.submit(() -> cli.capture(access(device), tunnel, StepListener.NONE)));
                }
                for (int i = 0; i < runs.size(); i++) {
                    assertThat(runs.get(i).get().config())
                            .contains(sim.devices().get(i).hostname());
                }
                assertThat(tunnel.isOpen()).isTrue();
                assertThat(jump.server.getActiveSessions()).hasSize(1);
            }
            assertThat(jumpLogins).hasValue(1);
        }
    }

    DeviceAccess access(SimulatedDevice device) {
        SshEndpoint endpoint = new SshEndpoint(
                device.host(),
                device.port(),
                SshCredentials.password(device.username(), device.password()),
                "device:reuse-" + UUID.randomUUID(),
                null,
                device.hostname());
        return new DeviceAccess(
                endpoint,
                drivers.get(device.platform()),
                new DeviceLogin(device.username(), device.password(), device.enableSecret()),
                TIMEOUTS,
                null);
    }
}
