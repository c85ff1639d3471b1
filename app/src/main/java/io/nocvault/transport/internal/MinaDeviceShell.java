package io.nocvault.transport.internal;

import io.nocvault.transport.DeviceShell;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.session.ClientSession;

/** A shell channel on a device session. */
final class MinaDeviceShell implements DeviceShell {

    private final ClientSession session;
    private final ChannelShell channel;
    private final Utf8Sink sink;
    private final AtomicBoolean closed = new AtomicBoolean();

    MinaDeviceShell(ClientSession session, ChannelShell channel, Utf8Sink sink) {
        this.session = session;
        this.channel = channel;
        this.sink = sink;
    }

    @Override
    public void onData(Consumer<String> listener) {
        sink.listener(listener);
    }

    @Override
    public void onClose(Runnable listener) {
        channel.addCloseFutureListener(future -> listener.run());
    }

    @Override
    public void send(String text) throws IOException {
        OutputStream in = channel.getInvertedIn();
        in.write(text.getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    @Override
    public boolean isOpen() {
        return !closed.get() && channel.isOpen() && session.isOpen();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        channel.close(true);
        session.close(true);
    }
}
