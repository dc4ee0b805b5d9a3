package vn.canhbao.channels.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import vn.canhbao.channels.loudspeaker.LoudspeakerCallbacks;

/**
 * Posts the simulator's signed completion callbacks, as a vendor's gateway does: once per broadcast, when it is done,
 * to the {@code callbackUrl} of its create request, stamped with the time it is sent ({@code X-Timestamp}, covered by
 * the signature). One try, no retry: the simulator is not testing our patience.
 */
final class LoudspeakerCallbackSender implements AutoCloseable {

    private final String secret;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "loudspeaker-simulator-callbacks");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final AtomicLong sent = new AtomicLong();

    LoudspeakerCallbackSender(String secret) {
        this.secret = secret;
    }

    /** Posts what {@code body} gives at that time, after {@code delay}. */
    void schedule(String url, Duration delay, Supplier<String> body) {
        timer.schedule(() -> post(url, body.get()), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    long sent() {
        return sent.get();
    }

    private void post(String url, String body) {
        String timestamp = LoudspeakerCallbacks.timestamp(Instant.now());
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json; charset=utf-8")
                .header(LoudspeakerCallbacks.TIMESTAMP_HEADER, timestamp)
                .header(LoudspeakerCallbacks.SIGNATURE_HEADER, LoudspeakerCallbacks.sign(timestamp, body, secret))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((answer, failure) -> {
            if (failure == null) {
                sent.incrementAndGet();
            }
        });
    }

    @Override
    public void close() {
        timer.shutdownNow();
        http.shutdownNow();
    }
}
