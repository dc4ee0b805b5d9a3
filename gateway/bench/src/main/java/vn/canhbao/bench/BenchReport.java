package vn.canhbao.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures of one benchmark run, as printed and as written to JSON. Times are seconds from the issue of the alert;
 * a figure the run could not measure (it timed out first) is null. {@code attemptsSettled} counts the sends that ended
 * (accepted or failed for good) by the pipeline's meters: above {@code handedOver + failed} in a completed run, some
 * dispatch was sent twice; in a timed-out run it also counts the batches in flight. With {@code --rate},
 * {@code rateBoundSeconds} is the time the providers' limits impose (the busiest channel's dispatches over the rate)
 * and {@code handoverOverRateBound} how much longer canhbao took. {@code cpuMicrosPerDispatchByPart} splits the
 * gateway's CPU per dispatch by {@link CpuByPart}: the pipeline's threads, the in-process broker, H2's background
 * writer, the JVM's own work and the benchmark's watching. {@code simulatorStats} is what each simulator counted after the fan-out, before the ceiling loop.
 */
record BenchReport(
        int residents,
        long dispatches,
        long handedOver,
        long failed,
        long attemptsSettled,
        boolean completed,
        int simulatorLatencyMs,
        Double firstLeaderSeconds,
        Double leadersAndLoudspeakersSeconds,
        Map<String, Double> lastUrgentSecondsByChannel,
        Double handoverSeconds,
        Double planSeconds,
        Double dispatchRowsPerSecond,
        long redriven,
        Double messagesPerSecond,
        Double ceilingMessagesPerSecond,
        long ceilingRequests,
        Double fractionOfCeiling,
        Integer rateLimitPerSecond,
        Double rateBoundSeconds,
        Double handoverOverRateBound,
        Double cpuSeconds,
        Double cpuMicrosPerDispatch,
        Map<String, Double> cpuMicrosPerDispatchByPart,
        Double simulatorCpuSeconds,
        long peakHeapBytes,
        long peakHeapAfterGcBytes,
        long maxHeapBytes,
        double gcPauseSeconds,
        double seedSeconds,
        int processors,
        double loadAverageAtIssue,
        double loadAverageAtHandover,
        String java,
        Map<String, Object> settings,
        Map<String, Object> simulatorStats) {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    String json() {
        return JSON.writeValueAsString(this);
    }

    void write(Path file) {
        try {
            Files.writeString(file, json() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** The figures as a table a person reads, with the issue's targets beside them. */
    String table() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                Locale.ROOT,
                "%n  canhbao fan-out benchmark: %,d residents, %,d dispatches, simulators at %d ms%s%n%n",
                residents,
                dispatches,
                simulatorLatencyMs,
                completed ? "" : "  (TIMED OUT: not every dispatch was handed over)"));
        row(b, "first leader handed over", seconds(firstLeaderSeconds), "≤ 1 s");
        row(b, "all leaders and loudspeakers", seconds(leadersAndLoudspeakersSeconds), "≤ 3 s");
        lastUrgentSecondsByChannel.forEach((channel, s) -> row(b, "  the last of them on " + channel, seconds(s), ""));
        row(b, "every dispatch handed over", seconds(handoverSeconds), "≤ 90 s (100,000)");
        row(b, "planning (rows, Kafka)", seconds(planSeconds), "");
        row(b, "dispatch rows planned per second", number(dispatchRowsPerSecond), "");
        row(b, "put back by the sweeper (stalled)", String.format(Locale.ROOT, "%,d", redriven), "");
        row(b, "throughput (messages/s)", number(messagesPerSecond), "");
        row(b, "ceiling, plain HTTP loop (req/s)", number(ceilingMessagesPerSecond), "");
        row(b, "throughput / ceiling", percent(fractionOfCeiling), "≥ 60 %");
        if (rateLimitPerSecond != null) {
            row(b, "rate limit per provider account", String.format(Locale.ROOT, "%,d/s", rateLimitPerSecond), "");
            row(b, "handover the limits allow", seconds(rateBoundSeconds), "");
            row(b, "handover / what the limits allow", percent(handoverOverRateBound), "≤ 110 %");
        }
        row(b, "gateway CPU per dispatch", micros(cpuMicrosPerDispatch), "≤ 250 µs");
        for (String part : CpuByPart.PARTS) {
            if (cpuMicrosPerDispatchByPart.containsKey(part)) {
                row(b, "  " + CpuByPart.label(part), micros(cpuMicrosPerDispatchByPart.get(part)), "");
            }
        }
        row(b, "gateway CPU, simulators' CPU", seconds(cpuSeconds) + ", " + seconds(simulatorCpuSeconds), "");
        row(b, "peak heap used (after GC)", mib(peakHeapBytes) + " (" + mib(peakHeapAfterGcBytes) + ")", "≤ 1 GiB");
        row(b, "GC pauses", seconds(gcPauseSeconds), "");
        row(
                b,
                "machine load average at issue, end",
                String.format(Locale.ROOT, "%.1f, %.1f", loadAverageAtIssue, loadAverageAtHandover),
                processors + " cores; other work competes above that");
        row(b, "sends counted by the meters", String.format(Locale.ROOT, "%,d", attemptsSettled), "");
        row(b, "handed over / failed", String.format(Locale.ROOT, "%,d / %,d", handedOver, failed), "");
        return b.toString();
    }

    private static void row(StringBuilder b, String name, String value, String target) {
        b.append(String.format(Locale.ROOT, "  %-36s %22s   %s%n", name, value, target));
    }

    private static String seconds(Double s) {
        return s == null ? "—" : String.format(Locale.ROOT, "%.2f s", s);
    }

    private static String number(Double n) {
        return n == null ? "—" : String.format(Locale.ROOT, "%,.0f", n);
    }

    private static String percent(Double f) {
        return f == null ? "—" : String.format(Locale.ROOT, "%.0f %%", f * 100);
    }

    private static String micros(Double us) {
        return us == null ? "—" : String.format(Locale.ROOT, "%.0f µs", us);
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%,d MiB", bytes / (1024 * 1024));
    }
}
