package vn.canhbao.gateway.providers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import vn.canhbao.core.area.WardDirectory;

/**
 * Which providers carry SMS, from {@code canhbao.channels.sms.*}: {@code primary} ({@code twilio} by default, or
 * {@code esms}), {@code secondary} (none by default; the other provider, or {@code other} for it) to fail over to, and
 * the breaker's {@code failover.minimum-failures}, {@code failover.failure-rate}, {@code failover.window} and
 * {@code failover.open-for}; and {@code areas} ({@code CANHBAO_SMS_AREAS}), the provinces and wards whose SMS go
 * through another provider first, as {@code 31=esms,01879=twilio} (a two-digit province code or a five-digit ward
 * code; a ward's own choice before its province's). Where a secondary is set, every area fails over to the provider
 * it does not use first.
 *
 * @param secondary {@code null} for none
 * @param areas provider first by province or ward code
 */
record SmsRouting(
        SmsProvider primary,
        SmsProvider secondary,
        SmsCircuitBreaker.Settings breaker,
        Map<String, SmsProvider> areas) {

    static final String PREFIX = "canhbao.channels.sms.";

    SmsRouting {
        if (primary == secondary) {
            throw new IllegalStateException(
                    PREFIX + "secondary must be another provider than the primary, was " + primary.key());
        }
        areas = Collections.unmodifiableMap(new TreeMap<>(areas));
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
                        binder.bind(f + "open-for", Duration.class).orElse(d.openFor())),
                areas(binder.bind(PREFIX + "areas", String.class).orElse("")));
    }

    /**
     * Reads {@code 31=esms, 01879=twilio}.
     *
     * @throws IllegalStateException naming every entry that is not a province or ward code with a provider
     */
    static Map<String, SmsProvider> areas(String setting) {
        Map<String, SmsProvider> areas = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (String entry : setting.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] pair = entry.split("=", -1);
            String code = pair[0].strip();
            if (pair.length != 2 || !code.matches("\\d{2}|\\d{5}")) {
                problems.add("'" + entry.strip() + "' is not <province or ward code>=<provider>, e.g. 31=esms");
                continue;
            }
            try {
                areas.put(code, SmsProvider.named(pair[1], PREFIX + "areas " + code));
            } catch (IllegalStateException bad) {
                problems.add(bad.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(PREFIX + "areas (CANHBAO_SMS_AREAS): " + String.join("; ", problems));
        }
        return areas;
    }

    /**
     * Checks that every area is a province or ward of {@code wards}.
     *
     * @throws IllegalStateException naming the codes that are neither
     */
    SmsRouting validate(WardDirectory wards) {
        List<String> unknown = areas.keySet().stream()
                .filter(code -> code.length() == 2
                        ? wards.province(code).isEmpty()
                        : wards.ward(code).isEmpty())
                .toList();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException(
                    PREFIX + "areas (CANHBAO_SMS_AREAS) names no province or ward: " + String.join(", ", unknown));
        }
        return this;
    }

    /** The provider that carries the SMS of a ward of this province first. */
    SmsProvider primaryFor(String wardCode, String provinceCode) {
        SmsProvider ward = wardCode == null ? null : areas.get(wardCode);
        if (ward != null) {
            return ward;
        }
        SmsProvider province = provinceCode == null ? null : areas.get(provinceCode);
        return province != null ? province : primary;
    }

    /** Whether SMS fail over to a second provider. */
    boolean failsOver() {
        return secondary != null;
    }

    /** Whether {@code provider} carries SMS, first or second, anywhere. */
    boolean uses(SmsProvider provider) {
        // With a secondary, each area fails over to the provider it does not use first: both carry SMS.
        return primary == provider || secondary != null || areas.containsValue(provider);
    }

    /** For the log and the start banner: "eSMS, failing over to Twilio". */
    String describe() {
        String first = secondary == null ? primary.key() : primary.key() + ", failing over to " + secondary.key();
        if (areas.isEmpty()) {
            return first;
        }
        StringBuilder text = new StringBuilder(first).append("; first by area:");
        areas.forEach(
                (code, provider) -> text.append(' ').append(code).append('=').append(provider.key()));
        return text.toString();
    }
}
