package vn.canhbao.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing (#15): after {@code maxFailures} failed logins of one user name from one client address within
 * a window, that pair is refused for the lockout, the right password too. Other addresses are not affected, so an
 * attacker cannot lock an officer out. The console form and HTTP Basic share it. Kept in memory, per replica, at most
 * {@code maxTracked} pairs (least recently seen forgotten first): N replicas allow N times the tries, still far from
 * what guessing a password needs. It learns of logins from Spring Security's authentication events, whose details
 * carry the client address ({@code request.getRemoteAddr()}); {@link LoginThrottleFilter} refuses before a password
 * is checked.
 */
@Component
class LoginThrottle {

    private static final class Tries {
        Instant firstFailure;
        int failures;
        Instant refusedUntil = Instant.MIN;
    }

    private final LoginThrottleProperties limits;
    private final Clock clock;
    private final Map<String, Tries> pairs;

    LoginThrottle(LoginThrottleProperties limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.pairs = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Tries> eldest) {
                return size() > limits.maxTracked();
            }
        };
    }

    /** How long {@code user} must wait before trying from {@code address} again; empty when they may try now. */
    synchronized Optional<Duration> refusal(String user, String address) {
        Tries tries = pairs.get(key(user, address));
        Instant now = clock.instant();
        if (tries == null || !now.isBefore(tries.refusedUntil)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, tries.refusedUntil));
    }

    /** Counts a failed login of {@code user} from {@code address}. */
    synchronized void failed(String user, String address) {
        Instant now = clock.instant();
        Tries tries = pairs.computeIfAbsent(key(user, address), k -> new Tries());
        if (tries.firstFailure == null || !now.isBefore(tries.firstFailure.plus(limits.window()))) {
            tries.firstFailure = now;
            tries.failures = 0;
        }
        tries.failures++;
        if (tries.failures >= limits.maxFailures()) {
            tries.refusedUntil = now.plus(limits.lockout());
            tries.firstFailure = null;
        }
    }

    /** A login of {@code user} from {@code address} succeeded: its failures are forgotten. */
    synchronized void succeeded(String user, String address) {
        pairs.remove(key(user, address));
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        Authentication login = event.getAuthentication();
        if (login.getName() != null && login.getDetails() instanceof WebAuthenticationDetails web) {
            failed(login.getName(), web.getRemoteAddress());
        }
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        Authentication login = event.getAuthentication();
        if (login.getDetails() instanceof WebAuthenticationDetails web) {
            succeeded(login.getName(), web.getRemoteAddress());
        }
    }

    synchronized int tracked() {
        return pairs.size();
    }

    private static String key(String user, String address) {
        return user.toLowerCase(Locale.ROOT) + '\n' + address;
    }
}
