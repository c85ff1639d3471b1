package io.nocvault.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.nocvault.identity.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class SecurityConfigurationTest {

    @Test
    void strongerRolesIncludeTheWeakerOnes() {
        var hierarchy = SecurityConfiguration.roleHierarchy();
        assertThat(reachable(hierarchy, Role.HEAD_ADMIN))
                .containsExactlyInAnyOrder("ROLE_HEAD_ADMIN", "ROLE_ADMIN", "ROLE_OPERATOR", "ROLE_VIEWER");
        assertThat(reachable(hierarchy, Role.ADMIN))
                .containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_OPERATOR", "ROLE_VIEWER");
        assertThat(reachable(hierarchy, Role.OPERATOR)).containsExactlyInAnyOrder("ROLE_OPERATOR", "ROLE_VIEWER");
        assertThat(reachable(hierarchy, Role.VIEWER)).containsExactly("ROLE_VIEWER");
    }

    @Test
    void theApiChainTakesApiAndActuatorButLeavesSwaggerToTheBrowser() {
        var api = SecurityConfiguration.apiMatcher();
        assertThat(api.matches(request("/api/v1/users"))).isTrue();
        assertThat(api.matches(request("/actuator/prometheus"))).isTrue();
        assertThat(api.matches(request("/api/docs"))).isFalse();
        assertThat(api.matches(request("/api/docs/openapi.json"))).isFalse();
        assertThat(api.matches(request("/api/swagger-ui/index.html"))).isFalse();
        assertThat(api.matches(request("/users"))).isFalse();
    }

    private static List<String> reachable(RoleHierarchy hierarchy, Role role) {
        return hierarchy.getReachableGrantedAuthorities(List.of(new SimpleGrantedAuthority(role.authority()))).stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
    }

    private static MockHttpServletRequest request(String path) {
        var request = new MockHttpServletRequest("GET", path);
        request.setServletPath(path);
        return request;
    }
}
