package vn.canhbao.channels.simulator;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The command line of a standalone loudspeaker simulator: {@code --name value} pairs, checked by name. */
final class LoudspeakerSimulatorArguments {

    static final Set<String> OPTIONS = Set.of(
            "--port", "--latency-ms", "--failure-rate", "--api-key", "--clusters", "--callback-secret", "--bind");

    private LoudspeakerSimulatorArguments() {}

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!OPTIONS.contains(args[i])) {
                throw new IllegalArgumentException("unknown option " + args[i] + "; use " + OPTIONS);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
