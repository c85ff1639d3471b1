package io.nocvault.audit;

import io.nocvault.identity.CurrentUsers;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Test beans of the audit tests: a controllable {@link io.nocvault.noc.NocScope} that wins over any other. */
@TestConfiguration(proxyBeanMethods = false)
public class AuditTestConfiguration {

    @Bean
    @Primary
    TestNocScope auditTestNocScope(CurrentUsers users) {
        return new TestNocScope(users);
    }
}
