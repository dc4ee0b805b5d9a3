package vn.canhbao.gateway.providers;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The names a channel's timeouts and rates had before they moved under {@code canhbao.channels.<provider>.limits}
 * (#16). Nothing reads the old names any more, so an operator's limit set under one would be ignored without a word;
 * {@link #refuse} stops the start instead, naming each new key.
 */
final class MovedLimitKeys {

    private static final List<String> PROVIDERS = List.of("twilio", "zalo", "firebase", "loudspeaker");

    private static final List<String> KEYS =
            List.of("connect-timeout", "read-timeout", "messages-per-second", "max-concurrency");

    private MovedLimitKeys() {}

    /**
     * Checks every provider, enabled or not, in any form the binder accepts (an environment variable, camelCase).
     *
     * @throws IllegalStateException naming each old key that is set and its new name
     */
    static void refuse(Environment environment) {
        Binder binder = Binder.get(environment);
        List<String> moved = new ArrayList<>();
        for (String provider : PROVIDERS) {
            for (String key : KEYS) {
                String old = "canhbao.channels." + provider + "." + key;
                if (binder.bind(old, Bindable.of(String.class)).isBound()) {
                    moved.add(old + " is now canhbao.channels." + provider + ".limits." + key);
                }
            }
        }
        if (!moved.isEmpty()) {
            throw new IllegalStateException("Channel limits moved under .limits, and the old names are no longer read: "
                    + String.join("; ", moved));
        }
    }
}
