package vn.canhbao.channels.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.canhbao.channels.loudspeaker.LoudspeakerCallbacks;

/** The loudspeaker simulator's failure modes, callbacks and control endpoints. */
class LoudspeakerSimulatorFailureModesTests {

    static LoudspeakerSimulator simulator;

    @BeforeAll
    static void start() {
        simulator = new LoudspeakerSimulator().start();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @BeforeEach
    void reset() {
        simulator.reset();
    }

    static HttpResponse<String> create(int i) throws Exception {
        return LoudspeakerSimulatorTests.create(
                simulator, simulator.apiKey(), "key-" + i, LoudspeakerSimulatorTests.broadcast("cum-loa-001", "x"));
    }

    @Test
    void failureRateFailsExactlyThatFractionWith500And503() throws Exception {
        simulator.failureRate(0.25);

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(create(i).statusCode());
        }

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(15);
        assertThat(statuses)
                .filteredOn(status -> status >= 500)
                .containsOnly(500, 503)
                .hasSize(5);
        assertThat(statuses).contains(500, 503);
        assertThat(simulator.acceptedCount()).isEqualTo(15);
    }

    @Test
    void rateLimitModeAnswers429WithRetryAfter() throws Exception {
        simulator.rateLimitNext(2, 5);

        HttpResponse<String> limited = create(1);
        create(2);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(create(3).statusCode()).isEqualTo(201);
    }

    @Test
    void postsASignedCallbackWhenTheBroadcastIsDone() throws Exception {
        BlockingQueue<String[]> received = new ArrayBlockingQueue<>(4);
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/webhooks/loudspeaker", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new String[] {
                body,
                exchange.getRequestHeaders().getFirst("X-Signature"),
                exchange.getRequestHeaders().getFirst("X-Timestamp")
            });
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try (LoudspeakerSimulator withCallbacks = new LoudspeakerSimulator("k", Set.of("cum-loa-001"))
                .sendCallbacks("hmac")
                .start()) {
            withCallbacks.offline("cum-loa-001").playDuration(Duration.ofMillis(50));
            String callbackUrl = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/webhooks/loudspeaker";
            String body = LoudspeakerSimulatorTests.broadcast("cum-loa-001", "Sơ tán ngay")
                    .replace("}", ",\"callbackUrl\":\"" + callbackUrl + "\",\"reference\":\"ref-1\"}");

            assertThat(LoudspeakerSimulatorTests.create(withCallbacks, "k", "key-cb", body)
                            .statusCode())
                    .isEqualTo(201);
            String[] callback = received.poll(5, TimeUnit.SECONDS);

            assertThat(callback).isNotNull();
            assertThat(LoudspeakerCallbacks.verify(callback[2], callback[0], callback[1], "hmac"))
                    .isTrue();
            assertThat(LoudspeakerCallbacks.signedAt(callback[2]).orElseThrow())
                    .as("stamped when sent (#15)")
                    .isBetween(Instant.now().minusSeconds(10), Instant.now().plusSeconds(1));
            assertThat(callback[0]).contains("\"status\":\"failed\"", "device_offline", "\"reference\":\"ref-1\"");
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void controlEndpointsReadAndSteerIt() throws Exception {
        HttpResponse<String> settings = LoudspeakerSimulatorTests.HTTP.send(
                HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/simulator/settings?failureRate=1"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(settings.body()).contains("\"failureRate\":1.0");
        assertThat(create(1).statusCode()).isGreaterThanOrEqualTo(500);
        assertThat(LoudspeakerSimulatorTests.get(simulator, "/simulator/stats").body())
                .contains("\"requests\":1");
    }
}
