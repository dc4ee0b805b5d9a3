package vn.canhbao.gateway.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How far password guessing is let go before it is slowed (#15).
 *
 * @param maxFailures failed logins of one user name from one client address, within {@code window}, after which that
 *     pair is refused
 * @param window how long a failure counts
 * @param lockout how long the pair is refused (429 with {@code Retry-After}) once it reached {@code maxFailures}
 * @param maxTracked at most this many (user, address) pairs are remembered; the least recently seen is forgotten first
 */
@ConfigurationProperties("canhbao.security.login-throttle")
public record LoginThrottleProperties(
        @DefaultValue("10") int maxFailures,
        @DefaultValue("5m") Duration window,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("10000") int maxTracked) {

    public LoginThrottleProperties {
        if (maxFailures < 1 || maxTracked < 1) {
            throw new IllegalArgumentException(
                    "canhbao.security.login-throttle: max-failures and max-tracked must be at least 1");
        }
        if (!window.isPositive() || !lockout.isPositive()) {
            throw new IllegalArgumentException("canhbao.security.login-throttle: window and lockout must be positive");
        }
    }
}
