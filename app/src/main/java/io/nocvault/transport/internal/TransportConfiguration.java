package io.nocvault.transport.internal;

import io.nocvault.transport.TransportTimeouts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans of the transport module that come from configuration. */
@Configuration(proxyBeanMethods = false)
class TransportConfiguration {

    /** The global timeouts, from {@code nocvault.transport.*}: what callers resolve device timeouts against. */
    @Bean
    TransportTimeouts transportTimeouts(TransportProperties properties) {
        return properties.timeouts();
    }
}
