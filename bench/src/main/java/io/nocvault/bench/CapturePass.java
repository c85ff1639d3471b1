package io.nocvault.bench;

import io.nocvault.drivers.CaptureException;
import io.nocvault.drivers.DeviceLogin;
import io.nocvault.drivers.DriverCatalog;
import io.nocvault.transport.DeviceAccess;
import io.nocvault.transport.DeviceCli;
import io.nocvault.transport.JumpTunnel;
import io.nocvault.transport.SshConnector;
import io.nocvault.transport.SshCredentials;
import io.nocvault.transport.SshEndpoint;
import io.nocvault.transport.StepListener;
import io.nocvault.transport.TransportTimeouts;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One capture pass over a list of simulated devices through NocVault's transport and drivers, {@code concurrency}
 * devices at once on virtual threads; with {@code alternateJump} the even-numbered devices go through one jump
 * session.
 */
final class CapturePass {

    record Result(int ok, Map<String, Integer> failures, long[] millis) {}

    private final DeviceCli cli;
    private final SshConnector connector;
    private final DriverCatalog drivers;
    private final BenchSettings settings;
    private final boolean alternateJump;

    CapturePass(ConfigurableApplicationContext app, BenchSettings settings, boolean alternateJump) {
        this.cli = app.getBean(DeviceCli.class);
        this.connector = app.getBean(SshConnector.class);
        this.drivers = app.getBean(DriverCatalog.class);
        this.settings = settings;
        this.alternateJump = alternateJump;
    }

    Result capture(List<SimulatorProcess.Device> devices, String pinPrefix) throws Exception {
        long[] millis = new long[devices.size()];
        AtomicInteger ok = new AtomicInteger();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        Semaphore slots = new Semaphore(settings.concurrency());
        try (JumpTunnel jump = alternateJump ? openJump(pinPrefix) : null;
                var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < devices.size(); i++) {
                int index = i;
                DeviceAccess access = access(devices.get(i), pinPrefix + i);
                executor.submit(() -> {
                    slots.acquireUninterruptibly();
                    long start = System.nanoTime();
                    try {
                        cli.capture(access, index % 2 == 0 ? jump : null, StepListener.NONE);
                        ok.incrementAndGet();
                    } catch (CaptureException e) {
                        failures.merge(e.kind().name(), 1, Integer::sum);
                    } finally {
                        millis[index] = (System.nanoTime() - start) / 1_000_000;
                        slots.release();
                    }
                });
            }
        }
        return new Result(ok.get(), failures, millis);
    }

    private JumpTunnel openJump(String pinPrefix) {
        SshEndpoint endpoint = new SshEndpoint(
                "127.0.0.1",
                settings.jumpPort(),
                SshCredentials.password("jump", settings.password()),
                "jump:" + pinPrefix + "bench",
                null,
                "bench jump host");
        return connector.openJump(endpoint, TransportTimeouts.DEFAULT, StepListener.NONE);
    }

    private DeviceAccess access(SimulatorProcess.Device device, String id) {
        SshEndpoint endpoint = new SshEndpoint(
                device.host(),
                device.port(),
                SshCredentials.password(settings.username(), settings.password()),
                "device:bench-" + id,
                null,
                device.hostname());
        DeviceLogin login = new DeviceLogin(settings.username(), settings.password(), settings.enableSecret());
        return new DeviceAccess(endpoint, drivers.get(device.platform()), login, TransportTimeouts.DEFAULT, null);
    }
}
