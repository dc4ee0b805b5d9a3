package vn.canhbao.channels.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The loudspeaker simulator answers raw HTTP as the contract in docs/loudspeaker-api.md says. */
class LoudspeakerSimulatorTests {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final String TEXT = "Cảnh báo lũ quét tại Xã Cao Minh. Tin phát lúc 14 giờ 30.";

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

    static String broadcast(String cluster, String text) {
        return "{\"clusterIds\":[\"" + cluster + "\"],\"text\":\"" + text + "\",\"voice\":\"female_north\","
                + "\"repeat\":3,\"priority\":\"emergency\",\"schedule\":\"now\"}";
    }

    static HttpResponse<String> create(String key, String body) throws Exception {
        return create(simulator, simulator.apiKey(), key, body);
    }

    static HttpResponse<String> create(LoudspeakerSimulator simulator, String apiKey, String key, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/broadcasts"))
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(LoudspeakerSimulator simulator, String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
                        .header("Authorization", "Bearer " + simulator.apiKey())
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void createsABroadcastAndRecordsItsText() throws Exception {
        HttpResponse<String> answer = create(UUID.randomUUID().toString(), broadcast("cum-loa-001", TEXT));

        assertThat(answer.statusCode()).isEqualTo(201);
        JsonNode created = JSON.readTree(answer.body());
        assertThat(created.path("id").asText()).startsWith("bc_");
        assertThat(created.path("status").asText()).isEqualTo("queued");
        assertThat(answer.headers().firstValue("Location"))
                .hasValue("/broadcasts/" + created.path("id").asText());
        assertThat(simulator.acceptedCount()).isEqualTo(1);
        assertThat(simulator.broadcastsTo("cum-loa-001")).containsExactly(TEXT);
    }

    @Test
    void aRepeatedIdempotencyKeyAnswers409WithTheFirstBroadcastAndNeverPlaysTwice() throws Exception {
        String key = UUID.randomUUID().toString();
        String first = JSON.readTree(create(key, broadcast("cum-loa-001", TEXT)).body())
                .path("id")
                .asText();

        HttpResponse<String> again = create(key, broadcast("cum-loa-001", TEXT));

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(again.body()).path("id").asText()).isEqualTo(first);
        assertThat(simulator.acceptedCount()).isEqualTo(1);
        assertThat(simulator.broadcastsTo("cum-loa-001")).hasSize(1);
        assertThat(simulator.duplicateCount()).isEqualTo(1);
    }

    @Test
    void reportsAStatusThatCompletes() throws Exception {
        String id = JSON.readTree(create("k1", broadcast("cum-loa-002", TEXT)).body())
                .path("id")
                .asText();

        JsonNode status = JSON.readTree(get(simulator, "/broadcasts/" + id).body());

        assertThat(status.path("status").asText()).isEqualTo("completed");
        assertThat(status.path("clusters").get(0).path("clusterId").asText()).isEqualTo("cum-loa-002");
        assertThat(get(simulator, "/broadcasts/bc_nope").statusCode()).isEqualTo(404);
    }

    @Test
    void refusesUnknownClustersMissingKeysAndBadCredentials() throws Exception {
        HttpResponse<String> unknown = create("k2", broadcast("cum-loa-999", TEXT));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body()).path("error").path("code").asText())
                .isEqualTo("invalid_cluster");

        HttpResponse<String> noKey = create(null, broadcast("cum-loa-001", TEXT));
        assertThat(JSON.readTree(noKey.body()).path("error").path("code").asText())
                .isEqualTo("missing_idempotency_key");

        assertThat(create(simulator, "wrong", "k3", broadcast("cum-loa-001", TEXT))
                        .statusCode())
                .isEqualTo(401);

        HttpResponse<String> badVoice =
                create("k4", broadcast("cum-loa-001", TEXT).replace("female_north", "robot"));
        assertThat(JSON.readTree(badVoice.body()).path("error").path("code").asText())
                .isEqualTo("invalid_voice");
        assertThat(simulator.acceptedCount()).isZero();
    }

    @Test // #14, finding 12
    void listsTheBroadcastsItTookNewestFirst() throws Exception {
        create(UUID.randomUUID().toString(), broadcast("cum-loa-001", TEXT));
        create(UUID.randomUUID().toString(), broadcast("cum-loa-002", "Tin thứ hai"));

        JsonNode all =
                JSON.readTree(get(simulator, "/simulator/messages").body()).get("messages");
        assertThat(all).hasSize(2);
        assertThat(all.get(0).get("to").asText()).isEqualTo("cum-loa-002");
        assertThat(all.get(0).get("body").asText()).isEqualTo("Tin thứ hai");
        assertThat(all.get(0).get("kind").asText()).isEqualTo("broadcast");
        assertThat(JSON.readTree(get(simulator, "/simulator/messages?to=cum-loa-001")
                                .body())
                        .get("messages")
                        .get(0)
                        .get("body")
                        .asText())
                .isEqualTo(TEXT);
    }
}
