package io.nocvault.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains. The API ({@code /api/**} and the actuator, but not the Swagger UI and its document) is
 * stateless: a bearer JWT or personal API token, no CSRF, problem details for 401 and 403. Everything else is the
 * browser UI: form login, session, CSRF. Roles form a hierarchy, so {@code hasRole('OPERATOR')} admits admins.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String[] PUBLIC_UI = {
        "/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error", "/actuator/health/**"
    };

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role("HEAD_ADMIN")
                .implies("ADMIN")
                .role("ADMIN")
                .implies("OPERATOR")
                .role("OPERATOR")
                .implies("VIEWER")
                .build();
    }

    /** The login form's authentication (also keeps Boot from creating an in-memory user). */
    @Bean
    AuthenticationManager authenticationManager(LoginService logins) {
        return new ProviderManager(new FormLoginProvider(logins));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(
            HttpSecurity http,
            ProblemResponses problems,
            JwtService jwts,
            RevokedJwtStore revokedJwts,
            ApiTokenService apiTokens,
            UserStore users)
            throws Exception {
        var bearer = new ProviderManager(new BearerAuthenticationProvider(jwts, revokedJwts, apiTokens, users));
        http.securityMatcher(apiMatcher())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/v1/auth/login")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/api/v1/users", "/api/v1/users/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationManagerResolver(request -> bearer)
                        .authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden()))
                .addFilterBefore(new ApiPasswordChangeGate(problems), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiFilterChain(
            HttpSecurity http, AuthenticationManager authenticationManager, LogoutService logouts, UserStore users)
            throws Exception {
        SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
        RequestCache requestCache = requestCache();
        http.authenticationManager(authenticationManager)
                .securityContext(context -> context.securityContextRepository(contexts))
                .requestCache(cache -> cache.requestCache(requestCache))
                .authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_UI)
                        .permitAll()
                        .requestMatchers("/users", "/users/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage(UiLoginHandlers.LOGIN_PAGE)
                        .successHandler(UiLoginHandlers.success(requestCache))
                        .failureHandler(UiLoginHandlers.failure())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl(UiLoginHandlers.LOGIN_PAGE + "?logout")
                        .addLogoutHandler(UiLoginHandlers.logoutEvents(logouts)))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(UiLoginHandlers.entryPoint()))
                .addFilterBefore(new SessionUserFilter(users, contexts), AuthorizationFilter.class);
        return http.build();
    }

    /**
     * The API and actuator, without the Swagger UI ({@code /api/docs} redirects to {@code /api/swagger-ui/}) and its
     * OpenAPI document, which belong to the browser session.
     */
    static RequestMatcher apiMatcher() {
        var paths = PathPatternRequestMatcher.withDefaults();
        return new AndRequestMatcher(
                new OrRequestMatcher(paths.matcher("/api/**"), paths.matcher("/actuator/**")),
                new NegatedRequestMatcher(
                        new OrRequestMatcher(paths.matcher("/api/docs/**"), paths.matcher("/api/swagger-ui/**"))));
    }

    /** Remembers the page to return to after login, but never an htmx fragment. */
    private static RequestCache requestCache() {
        var cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(new AndRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/**"),
                new NegatedRequestMatcher(new RequestHeaderRequestMatcher("HX-Request"))));
        return cache;
    }
}
