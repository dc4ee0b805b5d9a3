package vn.canhbao.gateway.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;
import vn.canhbao.gateway.web.ApiProblems;

/**
 * Refuses a login attempt with 429 and {@code Retry-After} while {@link LoginThrottle} holds its user and client
 * address back (#15), before any password is checked: HTTP Basic on the API (problem+json), the console's login form
 * (a page in Vietnamese saying when to try again). Counted as {@code canhbao.security.login.throttled{via}}.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Reads the user of an {@code Authorization: Basic} header as Spring's own Basic filter does. */
    private static final BasicAuthenticationConverter BASIC = new BasicAuthenticationConverter();

    private final LoginThrottle throttle;
    private final boolean form;
    private final JsonMapper json;
    private final Counter throttled;

    private LoginThrottleFilter(LoginThrottle throttle, boolean form, JsonMapper json, MeterRegistry meters) {
        this.throttle = throttle;
        this.form = form;
        this.json = json;
        this.throttled = Counter.builder("canhbao.security.login.throttled")
                .description("Login attempts refused because of too many failures of that user from that address")
                .tag("via", form ? "form" : "basic")
                .register(meters);
    }

    /** For the API chain: reads the user of an {@code Authorization: Basic} header. */
    static LoginThrottleFilter basic(LoginThrottle throttle, JsonMapper json, MeterRegistry meters) {
        return new LoginThrottleFilter(throttle, false, json, meters);
    }

    /** For the console chain: reads the user of the login form posted to {@code /login}. */
    static LoginThrottleFilter form(LoginThrottle throttle, MeterRegistry meters) {
        return new LoginThrottleFilter(throttle, true, null, meters);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = user(request).flatMap(u -> throttle.refusal(u, request.getRemoteAddr()));
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        throttled.increment();
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        response.setHeader("Retry-After", Long.toString(seconds));
        if (form) {
            page(response, seconds);
        } else {
            ProblemResponses.write(
                    response,
                    json,
                    ApiProblems.problem(
                            HttpStatus.TOO_MANY_REQUESTS,
                            "Too Many Requests",
                            "Too many failed logins for this user from your address; try again in " + seconds
                                    + " seconds.",
                            List.of()));
        }
    }

    private Optional<String> user(HttpServletRequest request) {
        if (form) {
            return "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())
                    ? Optional.ofNullable(request.getParameter("username"))
                    : Optional.empty();
        }
        try {
            return Optional.ofNullable(BASIC.convert(request)).map(UsernamePasswordAuthenticationToken::getName);
        } catch (AuthenticationException malformed) {
            return Optional.empty(); // Spring's Basic filter answers it
        }
    }

    private static void page(HttpServletResponse response, long seconds) throws IOException {
        String until = ZonedDateTime.now(VIETNAM).plusSeconds(seconds).format(DateTimeFormatter.ofPattern("HH:mm"));
        long minutes = (seconds + 59) / 60;
        // No user input in the page, so nothing to escape.
        String message =
                "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau " + until + " (khoảng " + minutes + " phút nữa).";
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream()
                .write(("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                                + "<title>Tạm khóa đăng nhập — canhbao</title></head><body><main><h1>Tạm khóa đăng nhập"
                                + "</h1><p role=\"alert\">" + message + "</p>"
                                + "<p><a href=\"/login\">Quay lại trang đăng nhập</a></p></main></body></html>")
                        .getBytes(StandardCharsets.UTF_8));
    }
}
