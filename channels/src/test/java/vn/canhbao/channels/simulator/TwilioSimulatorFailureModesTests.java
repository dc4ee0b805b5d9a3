package vn.canhbao.channels.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator's failure modes and its control endpoints, set at runtime. */
class TwilioSimulatorFailureModesTests {

    static final String SERVICE_SID = TwilioSimulatorTests.SERVICE_SID;
    static final ObjectMapper JSON = TwilioSimulatorTests.JSON;

    static TwilioSimulator simulator;

    @BeforeAll
    static void start() {
        simulator = new TwilioSimulator().start();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @BeforeEach
    void reset() {
        simulator.reset();
    }

    @Test
    void optedOutRecipientIsRefused() throws Exception {
        simulator.optOut("+84912345678");

        assertTwilioError(
                post(simulator.authToken(), "To", "+84912345678", "MessagingServiceSid", SERVICE_SID, "Body", "x"),
                400,
                21610);
    }

    @Test
    void failureRateFailsExactlyThatFractionWith500And503() throws Exception {
        simulator.failureRate(0.25);

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            statuses.add(post(
                            simulator.authToken(),
                            "To",
                            "+849" + (10000000 + i),
                            "MessagingServiceSid",
                            SERVICE_SID,
                            "Body",
                            "x")
                    .statusCode());
        }

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(30);
        assertThat(statuses)
                .filteredOn(status -> status >= 500)
                .containsOnly(500, 503)
                .hasSize(10);
        assertThat(statuses).contains(500, 503);
        assertThat(simulator.acceptedCount()).isEqualTo(30);
    }

    @Test
    void rateLimitModeAnswers429WithRetryAfterForTheNextRequests() throws Exception {
        simulator.rateLimitNext(3, 5);

        for (int i = 0; i < 3; i++) {
            HttpResponse<String> limited =
                    post(simulator.authToken(), "To", "+84912345678", "MessagingServiceSid", SERVICE_SID, "Body", "x");
            assertTwilioError(limited, 429, 20429);
            assertThat(limited.headers().firstValue("Retry-After")).hasValue("5");
        }
        assertThat(post(simulator.authToken(), "To", "+84912345678", "MessagingServiceSid", SERVICE_SID, "Body", "x")
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void rateLimitForSomeRecipientsLetsOthersThroughAndSpendsItsRefusalsOnThemOnly() throws Exception {
        simulator.rateLimitNext(2, 1, List.of("+84912000001"));

        for (int i = 0; i < 3; i++) {
            assertThat(post(
                                    simulator.authToken(),
                                    "To",
                                    "+84912000002",
                                    "MessagingServiceSid",
                                    SERVICE_SID,
                                    "Body",
                                    "x")
                            .statusCode())
                    .as("another recipient")
                    .isEqualTo(201);
        }
        for (int i = 0; i < 2; i++) {
            assertTwilioError(
                    post(simulator.authToken(), "To", "+84912000001", "MessagingServiceSid", SERVICE_SID, "Body", "x"),
                    429,
                    20429);
        }
        assertThat(post(simulator.authToken(), "To", "+84912000001", "MessagingServiceSid", SERVICE_SID, "Body", "x")
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void latencyDelaysTheAnswer() throws Exception {
        simulator.latency(Duration.ofMillis(150));
        try {
            long started = System.nanoTime();
            post(simulator.authToken(), "To", "+84912345678", "MessagingServiceSid", SERVICE_SID, "Body", "x");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        } finally {
            simulator.latency(Duration.ZERO);
        }
    }

    @Test
    void anotherProcessCanReadAndSteerItOverHttp() throws Exception {
        post(simulator.authToken(), "To", "+84911111111", "MessagingServiceSid", SERVICE_SID, "Body", "x");

        JsonNode stats = JSON.readTree(get("/simulator/stats").body());
        assertThat(stats.get("accepted").asInt()).isEqualTo(1);
        assertThat(stats.get("recipients").asInt()).isEqualTo(1);

        HttpResponse<String> steered = control("/simulator/settings?failureRate=1");
        assertThat(steered.statusCode()).isEqualTo(200);
        assertThat(post(simulator.authToken(), "To", "+84911111111", "MessagingServiceSid", SERVICE_SID, "Body", "x")
                        .statusCode())
                .isGreaterThanOrEqualTo(500);

        control("/simulator/reset");
        assertThat(simulator.acceptedCount()).isZero();
        assertThat(post(simulator.authToken(), "To", "+84911111111", "MessagingServiceSid", SERVICE_SID, "Body", "x")
                        .statusCode())
                .isEqualTo(201);
    }

    static HttpResponse<String> post(String authToken, String... form) throws Exception {
        return TwilioSimulatorTests.post(simulator, authToken, form);
    }

    static HttpResponse<String> get(String path) throws Exception {
        return TwilioSimulatorTests.get(simulator, path);
    }

    static HttpResponse<String> control(String path) throws Exception {
        return TwilioSimulatorTests.control(simulator, path);
    }

    static void assertTwilioError(HttpResponse<String> answer, int status, int code) throws Exception {
        TwilioSimulatorTests.assertTwilioError(answer, status, code);
    }
}
