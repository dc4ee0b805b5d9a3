package vn.canhbao.gateway.security;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what. The API ({@code /api/**}) is stateless: upstream systems and automation by {@code X-Api-Key}
 * (role SYSTEM), officers by HTTP Basic; which ward an officer may act on is checked by {@link WardAccess}. Provider
 * webhooks carry their own signatures and health and metrics are open to the monitoring network.
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
    SecurityFilterChain api(HttpSecurity http, ApiKeys keys, JsonMapper json) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiKeyFilter(keys, json), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.unauthorized(json)))
                .exceptionHandling(e -> e.authenticationEntryPoint(ProblemResponses.unauthorized(json))
                        .accessDeniedHandler(ProblemResponses.forbidden(json)))
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.POST, "/api/v1/cap")
                        .hasRole(Role.SYSTEM.name())
                        .requestMatchers("/api/v1/audit/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/alerts/*/redrive")
                        .hasAnyRole(Role.SYSTEM.name(), Role.ADMIN.name())
                        .anyRequest()
                        .authenticated());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain rest(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/webhooks/**")).authorizeHttpRequests(a -> a.requestMatchers(
                        "/webhooks/**", "/actuator/health/**", "/actuator/prometheus")
                .permitAll()
                .anyRequest()
                .permitAll());
        return http.build();
    }
}
