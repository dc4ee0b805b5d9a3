package vn.canhbao.gateway.authenticity;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * One public code check, from the page or the API: rate-limited per client address, counted in
 * {@code canhbao.verify.requests{result=genuine|unknown|limited}}.
 */
@Component
class CodeChecks {

    /** What a check found. */
    sealed interface Outcome {
        record Genuine(GenuineAlert alert) implements Outcome {}

        record Unknown(String code) implements Outcome {}

        record Limited(long retryAfterSeconds) implements Outcome {}
    }

    private final AlertCodes codes;
    private final VerifyRateLimit limit;
    private final MeterRegistry meters;

    CodeChecks(AlertCodes codes, VerifyProperties properties, MeterRegistry meters, Clock clock) {
        this.codes = codes;
        this.limit = new VerifyRateLimit(properties.requestsPerMinute(), clock);
        this.meters = meters;
    }

    Outcome check(String typed, String clientAddress) {
        OptionalLong wait = limit.acquire(clientAddress);
        if (wait.isPresent()) {
            count("limited");
            return new Outcome.Limited(wait.getAsLong());
        }
        Optional<GenuineAlert> found = codes.verify(typed);
        count(found.isPresent() ? "genuine" : "unknown");
        return found.<Outcome>map(Outcome.Genuine::new)
                .orElseGet(() -> new Outcome.Unknown(AlertCodes.normalise(typed)));
    }

    private void count(String result) {
        Counter.builder("canhbao.verify.requests")
                .description("Public checks of alert codes, by result (genuine, unknown, limited)")
                .tag("result", result)
                .register(meters)
                .increment();
    }
}
