package io.nocvault.inventory.internal;

import io.nocvault.inventory.DeviceDirectory;
import io.nocvault.noc.JumpServer;
import io.nocvault.noc.NocDirectory;
import io.nocvault.transport.ConnectionReport;
import io.nocvault.transport.ConnectionTester;
import io.nocvault.transport.DeviceAccess;
import org.springframework.stereotype.Service;

/** "Test connection" of a visible device: directly or through its NOC's jump server. */
@Service
public class ConnectionTests {

    private final DeviceDirectory devices;
    private final NocDirectory nocs;
    private final ConnectionTester tester;

    ConnectionTests(DeviceDirectory devices, NocDirectory nocs, ConnectionTester tester) {
        this.devices = devices;
        this.nocs = nocs;
        this.tester = tester;
    }

    /** Runs every step (DNS, TCP, SSH handshake, host key, authentication, prompt and enable); never throws. */
    public ConnectionReport test(long deviceId) {
        DeviceAccess access = devices.access(deviceId);
        JumpServer jump = nocs.jumpServer(access.endpoint().nocId()).orElse(null);
        return tester.testDevice(access, jump);
    }
}
