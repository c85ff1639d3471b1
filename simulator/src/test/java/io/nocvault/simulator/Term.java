package io.nocvault.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.core.CoreModuleProperties;

/** Drives a simulated device the way a backup client does: an interactive shell read until a pattern appears. */
final class Term implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final SshClient CLIENT = startClient();

    private final ClientSession session;
    private final ChannelShell channel;
    private final Capture capture = new Capture();
    private int mark;

    private Term(ClientSession session) throws IOException {
        this.session = session;
        this.channel = session.createShellChannel();
        channel.setOut(capture);
        channel.setErr(capture);
        channel.open().verify(TIMEOUT);
    }

    static SshClient client() {
        return CLIENT;
    }

    private static SshClient startClient() {
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        CoreModuleProperties.TCP_NODELAY.set(client, true);
        client.start();
        return client;
    }

    /** Logs in with the device's credentials and opens a shell. */
    static Term open(SimulatedDevice d) throws IOException {
        return open(d.port(), d.username(), d.password());
    }

    static Term open(int port, String user, String password) throws IOException {
        return new Term(login(port, user, password));
    }

    static ClientSession login(int port, String user, String password) throws IOException {
        ClientSession session =
                CLIENT.connect(user, "127.0.0.1", port).verify(TIMEOUT).getClientSession();
        session.addPasswordIdentity(password);
        try {
            session.auth().verify(TIMEOUT);
        } catch (IOException | RuntimeException e) {
            session.close(true);
            throw e;
        }
        return session;
    }

    PublicKey serverKey() {
        return session.getServerKey();
    }

    void send(String text) throws IOException {
        OutputStream in = channel.getInvertedIn();
        in.write(text.getBytes(StandardCharsets.ISO_8859_1));
        in.flush();
    }

    /** Waits for {@code regex} in the output after the last match; returns the text up to the end of the match. */
    String expect(String regex) {
        return expect(Pattern.compile(regex), TIMEOUT);
    }

    String expect(Pattern pattern, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (capture) {
            while (true) {
                String text = capture.text();
                Matcher m = pattern.matcher(text);
                if (m.find(mark)) {
                    String result = text.substring(mark, m.end());
                    mark = m.end();
                    return result;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no /" + pattern + "/ within " + timeout + "; got after mark:\n"
                            + visible(text.substring(mark)));
                }
                try {
                    capture.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    /**
     * Sends {@code command} with a newline and returns what the device printed between the echoed command line and
     * the prompt matching {@code promptRegex}, line ends normalised to {@code \n}.
     */
    String command(String command, String promptRegex) throws IOException {
        send(command + "\n");
        String echoed = expect(Pattern.quote(command) + "\r\n");
        String upToPrompt = expect(promptRegex);
        Matcher m = Pattern.compile(promptRegex + "$").matcher(upToPrompt);
        String body = m.find() ? upToPrompt.substring(0, m.start()) : upToPrompt;
        return body.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** How many separate writes the client has delivered so far (fragmented output gives many). */
    int writes() {
        synchronized (capture) {
            return capture.writes;
        }
    }

    /** Everything received so far. */
    String transcript() {
        synchronized (capture) {
            return capture.text();
        }
    }

    /** Output received after the last match. */
    String rest() {
        synchronized (capture) {
            return capture.text().substring(mark);
        }
    }

    /** Waits up to {@code timeout} for the channel to close; true if it did. */
    boolean waitClosed(Duration timeout) {
        return channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), timeout).contains(ClientChannelEvent.CLOSED);
    }

    boolean sessionClosed(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (session.isClosed() || session.isClosing()) {
                return true;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    @Override
    public void close() {
        session.close(true);
    }

    static String visible(String s) {
        return s.replace("\u001b", "<ESC>").replace("\r", "<CR>").replace("\n", "<LF>\n");
    }

    /** Collects output and wakes up readers. */
    private static final class Capture extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private String cached = "";
        private boolean dirty;
        private int writes;

        @Override
        public synchronized void write(int b) {
            writes++;
            bytes.write(b);
            dirty = true;
            notifyAll();
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            writes++;
            bytes.write(b, off, len);
            dirty = true;
            notifyAll();
        }

        synchronized String text() {
            if (dirty) {
                cached = bytes.toString(StandardCharsets.ISO_8859_1);
                dirty = false;
            }
            return cached;
        }
    }
}
