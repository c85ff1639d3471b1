package io.nocvault.test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Method security ({@code @PreAuthorize}) with the role hierarchy HEAD_ADMIN &gt; ADMIN &gt; OPERATOR &gt; VIEWER,
 * for tests until the identity module's security configuration provides it. Imported by {@link NocVaultWebTest}.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableMethodSecurity
public class MethodSecurityTestConfig {

    @Bean
    static RoleHierarchy testRoleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_HEAD_ADMIN > ROLE_ADMIN
                ROLE_ADMIN > ROLE_OPERATOR
                ROLE_OPERATOR > ROLE_VIEWER
                """);
    }
}
