package vn.canhbao.channels.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The command line of a standalone simulator: {@code --name value} pairs, the options every simulator takes
 * ({@code --port}, {@code --latency-ms}, {@code --failure-rate}, {@code --bind}) and its own, each with a default.
 */
final class SimulatorCommandLine {

    private final Map<String, String> options = new LinkedHashMap<>();

    private SimulatorCommandLine(int defaultPort) {
        options.put("--port", Integer.toString(defaultPort));
        options.put("--latency-ms", "0");
        options.put("--failure-rate", "0");
        options.put("--bind", "127.0.0.1");
    }

    /** A command line with the common options, listening on {@code defaultPort} unless told otherwise. */
    static SimulatorCommandLine withPort(int defaultPort) {
        return new SimulatorCommandLine(defaultPort);
    }

    /** Also takes {@code --name}, {@code defaultValue} (may be null) when not given. */
    SimulatorCommandLine option(String name, String defaultValue) {
        options.put(name, defaultValue);
        return this;
    }

    /** Reads {@code args}; an unknown option or one without a value is refused. */
    SimulatorCommandLine parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            if (!options.containsKey(name)) {
                throw new IllegalArgumentException(
                        "unknown option " + name + "; use " + String.join(", ", options.keySet()));
            }
            options.put(name, args[++i]);
        }
        return this;
    }

    int port() {
        return Integer.parseInt(options.get("--port"));
    }

    int latencyMillis() {
        return Integer.parseInt(options.get("--latency-ms"));
    }

    double failureRate() {
        return Double.parseDouble(options.get("--failure-rate"));
    }

    String bindAddress() {
        return options.get("--bind");
    }

    /** The value of an option of the simulator's own, or its default. */
    String value(String name) {
        return options.get(name);
    }
}
