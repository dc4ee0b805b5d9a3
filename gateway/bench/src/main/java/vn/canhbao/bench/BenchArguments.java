package vn.canhbao.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@code bench}: {@code --residents N} (default 100,000), {@code --out FILE} (default
 * {@code bench-<residents>.json}), {@code --latency-ms N} (the simulators' answer delay, default 50),
 * {@code --timeout-seconds N} (the whole fan-out, default 300), {@code --ceiling-seconds N} (the longest the ceiling
 * loop runs, default 30), {@code --ceiling-in-flight N} (its concurrent requests, default 400), {@code --rate N} (every
 * provider account's rate limit in messages per second, as production sets it; default: far above what the simulators
 * take, so that they are the limit). Arguments of the form
 * {@code --spring.x=y} or {@code --canhbao.x=y} are passed to the gateway, to try a setting without a rebuild.
 */
record BenchArguments(
        int residents,
        Path out,
        int latencyMillis,
        Duration timeout,
        Duration ceilingLimit,
        int ceilingInFlight,
        Integer rate,
        List<String> gatewayProperties) {

    static final int DEFAULT_RESIDENTS = 100_000;

    static BenchArguments parse(String[] args) {
        int residents = DEFAULT_RESIDENTS;
        Path out = null;
        int latency = 50;
        int timeout = 300;
        int ceilingSeconds = 30;
        int inFlight = 400;
        Integer rate = null;
        List<String> properties = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.startsWith("--spring.") || name.startsWith("--canhbao.")) {
                if (!name.contains("=")) {
                    throw new IllegalArgumentException(name + " needs =value");
                }
                properties.add(name);
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = args[++i];
            switch (name) {
                case "--residents" -> residents = positive(name, value);
                case "--out" -> out = Path.of(value);
                case "--latency-ms" -> latency = nonNegative(name, value);
                case "--timeout-seconds" -> timeout = positive(name, value);
                case "--ceiling-seconds" -> ceilingSeconds = positive(name, value);
                case "--ceiling-in-flight" -> inFlight = positive(name, value);
                case "--rate" -> rate = positive(name, value);
                default ->
                    throw new IllegalArgumentException("unknown option " + name + "; use --residents, --out,"
                            + " --latency-ms, --timeout-seconds, --ceiling-seconds, --ceiling-in-flight, --rate,"
                            + " --spring.*=…, --canhbao.*=…");
            }
        }
        return new BenchArguments(
                residents,
                out != null ? out : Path.of("bench-" + residents + ".json"),
                latency,
                Duration.ofSeconds(timeout),
                Duration.ofSeconds(ceilingSeconds),
                inFlight,
                rate,
                List.copyOf(properties));
    }

    private static int positive(String name, String value) {
        int n = nonNegative(name, value);
        if (n == 0) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return n;
    }

    private static int nonNegative(String name, String value) {
        int n;
        try {
            n = Integer.parseInt(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a whole number, was " + value);
        }
        if (n < 0) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
        return n;
    }
}
