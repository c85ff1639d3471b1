package io.nocvault.simulator.internal;

import io.nocvault.simulator.Fault;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.security.PublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionContext;
import org.apache.sshd.common.util.net.SshdSocketAddress;

/**
 * Finds the device a session belongs to by the local port the client connected to, and decides authentication and
 * port forwarding.
 */
public final class DeviceRegistry {

    private final Map<Integer, DeviceState> byPort = new ConcurrentHashMap<>();
    private volatile DeviceState jump;

    public void register(DeviceState device) {
        byPort.put(device.port(), device);
    }

    public void registerJump(DeviceState jumpHost) {
        this.jump = jumpHost;
        register(jumpHost);
    }

    /** The device (or jump host) behind this session, or {@code null}. */
    public DeviceState deviceFor(SessionContext context) {
        if (!(context instanceof Session session) || session.getIoSession() == null) {
            return null;
        }
        SocketAddress address = session.getIoSession().getAcceptanceAddress();
        if (!(address instanceof InetSocketAddress)) {
            address = session.getIoSession().getLocalAddress();
        }
        return address instanceof InetSocketAddress inet ? byPort.get(inet.getPort()) : null;
    }

    public boolean passwordOk(Session session, String user, String password) {
        DeviceState device = deviceFor(session);
        return device != null
                && !device.hasFault(Fault.WRONG_PASSWORD)
                && device.userMatches(user)
                && device.password().equals(password);
    }

    public boolean publicKeyOk(Session session, String user, PublicKey key) {
        DeviceState device = deviceFor(session);
        return device != null
                && !device.hasFault(Fault.WRONG_PASSWORD)
                && device.userMatches(user)
                && device.acceptsKey(key);
    }

    /** Only jump-host sessions may open direct-tcpip channels, and only to 127.0.0.1 ports of devices. */
    public boolean forwardOk(Session session, SshdSocketAddress target) {
        DeviceState jumpHost = jump;
        if (jumpHost == null || deviceFor(session) != jumpHost || target == null) {
            return false;
        }
        DeviceState device = byPort.get(target.getPort());
        return "127.0.0.1".equals(target.getHostName()) && device != null && device != jumpHost;
    }
}
