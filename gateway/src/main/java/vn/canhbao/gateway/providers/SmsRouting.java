package vn.canhbao.gateway.providers;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Which providers carry SMS, from {@code canhbao.channels.sms.*}: {@code primary} ({@code twilio} by default, or
 * {@code esms}), {@code secondary} (none by default; the other provider, or {@code other} for it) to fail over to, and
 * the breaker's {@code failover.minimum-failures}, {@code failover.failure-rate}, {@code failover.window} and
 * {@code failover.open-for}. Per installation: every ward's SMS goes the same way.
 *
 * @param secondary {@code null} for none
 */
record SmsRouting(SmsProvider primary, SmsProvider secondary, SmsCircuitBreaker.Settings breaker) {

    static final String PREFIX = "canhbao.channels.sms.";

    SmsRouting {
        if (primary == secondary) {
            throw new IllegalStateException(
                    PREFIX + "secondary must be another provider than the primary, was " + primary.key());
        }
    }

    /** @throws IllegalStateException naming a setting that names no provider, or the primary twice */
    static SmsRouting of(Environment environment) {
        Binder binder = Binder.get(environment);
        String primaryName =
                binder.bind(PREFIX + "primary", String.class).map(String::strip).orElse("");
        SmsProvider primary =
                primaryName.isEmpty() ? SmsProvider.TWILIO : SmsProvider.named(primaryName, PREFIX + "primary");
        String secondaryName = binder.bind(PREFIX + "secondary", String.class)
                .map(String::strip)
                .orElse("");
        SmsProvider secondary = secondaryName.isEmpty() || secondaryName.equalsIgnoreCase("none")
                ? null
                : secondaryName.equalsIgnoreCase("other")
                        ? primary.other()
                        : SmsProvider.named(secondaryName, PREFIX + "secondary");
        SmsCircuitBreaker.Settings d = SmsCircuitBreaker.Settings.DEFAULTS;
        String f = PREFIX + "failover.";
        return new SmsRouting(
                primary,
                secondary,
                new SmsCircuitBreaker.Settings(
                        binder.bind(f + "minimum-failures", Integer.class).orElse(d.minimumFailures()),
                        binder.bind(f + "failure-rate", Double.class).orElse(d.failureRate()),
                        binder.bind(f + "window", Duration.class).orElse(d.window()),
                        binder.bind(f + "open-for", Duration.class).orElse(d.openFor())));
    }

    /** Whether {@code provider} carries SMS, first or second. */
    boolean uses(SmsProvider provider) {
        return primary == provider || secondary == provider;
    }

    /** For the log and the start banner: "eSMS, failing over to Twilio". */
    String describe() {
        return secondary == null ? primary.key() : primary.key() + ", failing over to " + secondary.key();
    }
}
