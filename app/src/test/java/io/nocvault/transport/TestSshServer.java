package io.nocvault.transport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.forward.AcceptAllForwardingFilter;

/**
 * A plain MINA SSHD server for transport tests: password or public key login, a line-echo shell with prompt
 * {@code test#}, optional port forwarding (jump server role), and a host key that can be replaced.
 */
final class TestSshServer implements AutoCloseable {

    final SshServer server;
    private KeyPair hostKey;

    TestSshServer(String user, String password, PublicKey authorizedKey, boolean forwarding) throws Exception {
        hostKey = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(session -> List.of(hostKey));
        server.setPasswordAuthenticator((u, p, s) -> user.equals(u) && password != null && password.equals(p));
        if (authorizedKey != null) {
            server.setPublickeyAuthenticator((u, k, s) -> user.equals(u) && KeyUtils.compareKeys(k, authorizedKey));
        }
        if (forwarding) {
            server.setForwardingFilter(AcceptAllForwardingFilter.INSTANCE);
        }
        server.setShellFactory(channel -> new EchoShell());
        server.start();
    }

    int port() {
        return server.getPort();
    }

    void replaceHostKey() throws Exception {
        hostKey = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
    }

    static String unusedPath() {
        return Path.of("target").toAbsolutePath().toString();
    }

    static KeyPair newUserKey() throws Exception {
        return SecurityUtils.getKeyPairGenerator(KeyUtils.RSA_ALGORITHM).generateKeyPair();
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }

    /** Prints {@code test# }, then echoes each line as {@code echo:<line>} followed by the prompt. */
    private static final class EchoShell implements Command, Runnable {
        private java.io.InputStream in;
        private OutputStream out;
        private ExitCallback exit;

        @Override
        public void setInputStream(java.io.InputStream in) {
            this.in = in;
        }

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void setErrorStream(OutputStream err) {}

        @Override
        public void setExitCallback(ExitCallback callback) {
            this.exit = callback;
        }

        @Override
        public void start(ChannelSession channel, Environment env) {
            Thread.ofVirtual().start(this);
        }

        @Override
        public void run() {
            try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                write("test# ");
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.equals("exit")) {
                        break;
                    }
                    write("echo:" + line + "\r\ntest# ");
                }
            } catch (IOException ignored) {
                // client went away
            }
            exit.onExit(0);
        }

        private void write(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        @Override
        public void destroy(ChannelSession channel) {}
    }
}
