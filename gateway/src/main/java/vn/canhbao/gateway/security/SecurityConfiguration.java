package vn.canhbao.gateway.security;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what. The API ({@code /api/**}) is stateless: upstream systems and automation by {@code X-Api-Key}
 * (role SYSTEM), officers by HTTP Basic; which ward an officer may act on is checked by {@link WardAccess}. Provider
 * webhooks carry their own signatures; health is open to load balancers, while metrics answer only on the management
 * port, bound to the monitoring network (#15). The console has its own chain: sessions, form login or OpenID Connect,
 * CSRF. Password guessing on the API and the console is slowed by {@link LoginThrottle}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    ApiKeys apiKeys(SecurityProperties properties, List<ApiKeySource> sources) {
        ApiKeys keys = ApiKeys.parse(properties.apiKeys());
        sources.forEach(s -> s.contribute(keys));
        return keys;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http, ApiKeys keys, JsonMapper json, LoginThrottle throttle, MeterRegistry meters)
            throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiKeyFilter(keys, json), BasicAuthenticationFilter.class)
                .addFilterBefore(LoginThrottleFilter.basic(throttle, json, meters), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.unauthorized(json)))
                .exceptionHandling(e -> e.authenticationEntryPoint(ProblemResponses.unauthorized(json))
                        .accessDeniedHandler(ProblemResponses.forbidden(json)))
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.POST, "/api/v1/acks/app")
                        .permitAll() // the leader's push token is the credential
                        .requestMatchers(HttpMethod.GET, "/api/v1/verify/*")
                        .permitAll() // residents check a warning's code without an account
                        .requestMatchers(HttpMethod.POST, "/api/v1/cap")
                        .hasRole(Role.SYSTEM.name())
                        .requestMatchers(HttpMethod.PUT, "/api/v1/wards/*/escalation", "/api/v1/wards/*/policy")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/v1/audit/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/officers/*/password")
                        .authenticated() // an officer's own password; whose is checked by the controller
                        .requestMatchers("/api/v1/officers", "/api/v1/officers/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/alerts/*/redrive")
                        .hasAnyRole(Role.SYSTEM.name(), Role.ADMIN.name())
                        .anyRequest()
                        .authenticated());
        return http.build();
    }

    /**
     * The duty officers' console: a form login (or the province's OpenID Connect provider, where one is configured)
     * opening a session that ends after 30 idle minutes, or at once when an administrator disables the officer or changes
     * their roles; every form carries a CSRF token; pages may load nothing from elsewhere and may not be framed.
     */
    @Bean
    @Order(2)
    SecurityFilterChain console(
            HttpSecurity http,
            ObjectProvider<ClientRegistrationRepository> oidcProviders,
            OfficerRepository officers,
            SecurityProperties properties,
            LoginThrottle throttle,
            MeterRegistry meters)
            throws Exception {
        http.securityMatcher("/console/**", "/login", "/logout", "/oauth2/**", "/login/oauth2/**")
                .authorizeHttpRequests(a -> a.requestMatchers("/login", "/oauth2/**", "/login/oauth2/**")
                        .permitAll()
                        .anyRequest()
                        .hasAnyRole(
                                Role.ADMIN.name(),
                                Role.PROVINCE_OFFICER.name(),
                                Role.WARD_OFFICER.name(),
                                Role.APPROVER.name()))
                .addFilterBefore(LoginThrottleFilter.form(throttle, meters), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new ChangedOfficerFilter(officers), SecurityContextHolderFilter.class)
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/console", false))
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?loggedOut")
                        // The session cookie goes too: kept, it would make the next page read "session expired".
                        .deleteCookies("JSESSIONID"))
                .sessionManagement(s -> s.invalidSessionUrl("/login?expired"))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'")));
        if (oidcProviders.getIfAvailable() != null) {
            http.oauth2Login(oidc -> oidc.loginPage("/login")
                    .defaultSuccessUrl("/console", false)
                    .userInfoEndpoint(u ->
                            u.oidcUserService(new OfficerOidcUserService(officers, properties.oidcUsernameClaim()))));
        }
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain rest(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/webhooks/**", "/n/**"))
                .authorizeHttpRequests(a -> a.requestMatchers("/webhooks/**", "/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .permitAll());
        return http.build();
    }
}
