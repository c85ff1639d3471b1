package io.nocvault.transport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.core.CoreModuleProperties;
import org.junit.jupiter.api.Test;

/** The application's SSH client: TCP_NODELAY on (DESIGN.md), nothing read from ~/.ssh. */
class SshClientHolderTest {

    @Test
    void setsTcpNoDelayAndIgnoresTheUsersSshDirectory() throws Exception {
        SshClientHolder holder = new SshClientHolder();
        try {
            assertThat(CoreModuleProperties.TCP_NODELAY.getRequired(holder.client()))
                    .isTrue();
            assertThat(holder.client().getHostConfigEntryResolver()).isSameAs(HostConfigEntryResolver.EMPTY);
            assertThat(holder.client().getKeyIdentityProvider()).isSameAs(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
        } finally {
            holder.destroy();
        }
    }
}
