package io.nocvault.transport.internal;

import java.time.Duration;
import org.apache.sshd.client.ClientBuilder;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.core.CoreModuleProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The one MINA SSHD client of the application. It reads nothing from {@code ~/.ssh} (no config file, no default
 * identities); host keys are checked by {@link HostKeyPins} after key exchange and before authentication, so the
 * verifier here accepts and the pin decides.
 */
@Component
class SshClientHolder implements DisposableBean {

    private final JumpingSshClient client;

    SshClientHolder() {
        client = (JumpingSshClient)
                ClientBuilder.builder().factory(JumpingSshClient::new).build();
        client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
        client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
        // accept here without logging: HostKeyPins decides right after the key exchange
        client.setServerKeyVerifier((session, address, key) -> true);
        client.setCipherFactories(CipherPreference.ordered(client.getCipherFactories()));
        CoreModuleProperties.TCP_NODELAY.set(client, true);
        CoreModuleProperties.HEARTBEAT_INTERVAL.set(client, Duration.ofSeconds(30));
        CoreModuleProperties.IDLE_TIMEOUT.set(client, Duration.ofMinutes(30));
        client.start();
    }

    JumpingSshClient client() {
        return client;
    }

    @Override
    public void destroy() throws Exception {
        client.stop();
    }
}
