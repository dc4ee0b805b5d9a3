package vn.canhbao.channels.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator answers raw HTTP as FCM's HTTP v1 API does. */
class FcmSimulatorTests {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static FcmSimulator simulator;

    @BeforeAll
    static void start() {
        simulator = new FcmSimulator().start().registerTokens("device-1");
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
    void acceptsARegisteredTokenWithTheMessagesName() throws Exception {
        HttpResponse<String> answer = send(
                simulator.accessToken(),
                "{\"message\":{\"token\":\"device-1\","
                        + "\"notification\":{\"title\":\"Cảnh báo\",\"body\":\"Lũ quét\"},\"android\":{\"ttl\":\"3600s\"}}}");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).get("name").asText())
                .matches("projects/canhbao-local/messages/0:[0-9]+%[0-9a-f]{16}");
        assertThat(simulator.acceptedCount()).isEqualTo(1);
        assertThat(simulator.acceptedCountsByTarget()).containsEntry("token:device-1", 1);
        assertThat(JSON.readTree(simulator.lastMessageTo("token:device-1").orElseThrow())
                        .at("/notification/title")
                        .asText())
                .isEqualTo("Cảnh báo");
    }

    @Test
    void acceptsAnyTopic() throws Exception {
        assertThat(send(simulator.accessToken(), "{\"message\":{\"topic\":\"ward-11473\"}}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(simulator.acceptedCountsByTarget()).containsEntry("topic:ward-11473", 1);
    }

    @Test
    void unknownTokenIsUnregistered() throws Exception {
        HttpResponse<String> answer = send(simulator.accessToken(), "{\"message\":{\"token\":\"device-2\"}}");

        assertGoogleError(answer, 404, "NOT_FOUND", "UNREGISTERED");
        assertThat(simulator.acceptedCount()).isZero();
    }

    @Test
    void malformedTokenIsAnInvalidArgumentNamingTheField() throws Exception {
        HttpResponse<String> answer = send(simulator.accessToken(), "{\"message\":{\"token\":\"not a token\"}}");

        JsonNode error = assertGoogleError(answer, 400, "INVALID_ARGUMENT", "INVALID_ARGUMENT");
        assertThat(error.at("/details/1/fieldViolations/0/field").asText()).isEqualTo("message.token");
    }

    @Test
    void reservedDataKeyAndBadTtlAreRefused() throws Exception {
        assertGoogleError(
                send(simulator.accessToken(), "{\"message\":{\"topic\":\"t\",\"data\":{\"from\":\"x\"}}}"),
                400,
                "INVALID_ARGUMENT",
                "INVALID_ARGUMENT");
        assertGoogleError(
                send(simulator.accessToken(), "{\"message\":{\"topic\":\"t\",\"android\":{\"ttl\":\"9999999s\"}}}"),
                400,
                "INVALID_ARGUMENT",
                "INVALID_ARGUMENT");
    }

    @Test
    void wrongBearerTokenIsUnauthenticated() throws Exception {
        HttpResponse<String> answer = send("someone-else", "{\"message\":{\"topic\":\"ward-1\"}}");

        assertGoogleError(answer, 401, "UNAUTHENTICATED", null);
        assertThat(answer.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    @Test
    void quotaModeAnswers429WithRetryAfterForTheNextRequests() throws Exception {
        simulator.quotaExceededNext(2, 60);

        HttpResponse<String> first = send(simulator.accessToken(), "{\"message\":{\"topic\":\"ward-1\"}}");
        send(simulator.accessToken(), "{\"message\":{\"topic\":\"ward-1\"}}");
        HttpResponse<String> third = send(simulator.accessToken(), "{\"message\":{\"topic\":\"ward-1\"}}");

        assertGoogleError(first, 429, "RESOURCE_EXHAUSTED", "QUOTA_EXCEEDED");
        assertThat(first.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(third.statusCode()).isEqualTo(200);
    }

    @Test
    void failureRateFailsThatFractionWith500And503() throws Exception {
        simulator.failureRate(0.5);
        int internal = 0;
        int unavailable = 0;
        for (int i = 0; i < 10; i++) {
            int status = send(simulator.accessToken(), "{\"message\":{\"topic\":\"ward-1\"}}")
                    .statusCode();
            internal += status == 500 ? 1 : 0;
            unavailable += status == 503 ? 1 : 0;
        }

        assertThat(internal).isEqualTo(3);
        assertThat(unavailable).isEqualTo(2);
        assertThat(simulator.acceptedCount()).isEqualTo(5);
        assertThat(simulator.requestCount()).isEqualTo(10);
    }

    @Test
    void latencyDelaysTheAnswer() throws Exception {
        simulator.latency(Duration.ofMillis(200));
        try {
            long started = System.nanoTime();
            send(simulator.accessToken(), "{\"message\":{\"topic\":\"ward-1\"}}");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        } finally {
            simulator.latency(Duration.ZERO);
        }
    }

    @Test
    void anotherProcessCanReadAndSteerItOverHttp() throws Exception {
        HttpResponse<String> settings = HTTP.send(
                HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/simulator/settings?quotaExceededNext=1"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(settings.statusCode()).isEqualTo(200);
        assertThat(send(simulator.accessToken(), "{\"message\":{\"topic\":\"ward-1\"}}")
                        .statusCode())
                .isEqualTo(429);

        JsonNode stats = JSON.readTree(HTTP.send(
                        HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/simulator/stats"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        assertThat(stats.get("requests").asLong()).isEqualTo(1);
        assertThat(stats.get("accepted").asLong()).isZero();
    }

    static HttpResponse<String> send(String accessToken, String body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/v1/projects/canhbao-local/messages:send"))
                        .header("Authorization", "Bearer " + accessToken)
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode assertGoogleError(HttpResponse<String> answer, int code, String status, String fcmCode)
            throws Exception {
        assertThat(answer.statusCode()).isEqualTo(code);
        JsonNode error = JSON.readTree(answer.body()).get("error");
        assertThat(error.get("code").asInt()).isEqualTo(code);
        assertThat(error.get("status").asText()).isEqualTo(status);
        assertThat(error.get("message").asText()).isNotBlank();
        if (fcmCode != null) {
            assertThat(error.at("/details/0/@type").asText())
                    .isEqualTo("type.googleapis.com/google.firebase.fcm.v1.FcmError");
            assertThat(error.at("/details/0/errorCode").asText()).isEqualTo(fcmCode);
        }
        return error;
    }

    @Test // #14, finding 12
    void listsThePushesItTookNewestFirst() throws Exception {
        send(simulator.accessToken(), "{\"message\":{\"topic\":\"ward-11473\"}}");
        send(
                simulator.accessToken(),
                "{\"message\":{\"token\":\"device-1\",\"notification\":{\"title\":\"Cảnh báo\",\"body\":\"Lũ quét\"}}}");

        JsonNode all = messages("");
        assertThat(all).hasSize(2);
        assertThat(all.get(0).get("to").asText()).isEqualTo("token:device-1");
        assertThat(all.get(0).get("kind").asText()).isEqualTo("push");
        assertThat(all.get(0).get("body").asText()).contains("Lũ quét");
        assertThat(all.get(1).get("to").asText()).isEqualTo("topic:ward-11473");
        assertThat(messages("?to=device-1")).hasSize(1);
        assertThat(messages("?to=topic:ward-11473")).hasSize(1);
    }

    static JsonNode messages(String query) throws Exception {
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/simulator/messages" + query))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).isEqualTo(200);
        return JSON.readTree(answer.body()).get("messages");
    }
}
