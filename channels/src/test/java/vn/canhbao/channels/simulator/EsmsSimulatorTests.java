package vn.canhbao.channels.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.canhbao.channels.esms.EsmsSmsAdapter;

/** The simulator answers raw HTTP as eSMS's {@code SendMultipleMessage_V4_post_json} does. */
class EsmsSimulatorTests {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static EsmsSimulator simulator;

    @BeforeAll
    static void start() {
        simulator = new EsmsSimulator().start();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @BeforeEach
    void reset() {
        simulator.reset();
    }

    static ObjectNode message(String phone) {
        return JSON.createObjectNode()
                .put("ApiKey", simulator.apiKey())
                .put("SecretKey", simulator.secretKey())
                .put("Phone", phone)
                .put("Content", "Cảnh báo lũ quét tại Xã Cao Minh")
                .put("Brandname", simulator.brandname())
                .put("SmsType", "2")
                .put("IsUnicode", "1")
                .put("RequestId", UUID.randomUUID().toString());
    }

    @Test
    void takesAMessageWithEsmsAnswer() throws Exception {
        HttpResponse<String> answer = send(message("0912345678").toString());

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode json = JSON.readTree(answer.body());
        assertThat(json.get("CodeResult").asText()).isEqualTo("100");
        assertThat(json.get("CountRegenerate").asInt()).isZero();
        assertThat(json.get("SMSID").asText()).matches("[0-9a-f]{32}");
        assertThat(simulator.acceptedBodiesTo("+84912345678")).containsExactly("Cảnh báo lũ quét tại Xã Cao Minh");
    }

    @Test
    void refusesAsEsmsDoesWithItsCodes() throws Exception {
        assertThat(code(message("0912345678").put("SecretKey", "wrong"))).isEqualTo("101");
        assertThat(code(message("0912345678").put("Brandname", "KHONGCO"))).isEqualTo("104");
        assertThat(code(message("0241234567"))).isEqualTo("108");
        assertThat(code(message("+12025550123"))).isEqualTo("108");
        ObjectNode noType = message("0912345678");
        noType.remove("SmsType");
        assertThat(code(noType)).isEqualTo("300");
        simulator.block("+84912345678");
        assertThat(code(message("84912345678"))).isEqualTo("99");
        assertThat(simulator.acceptedCount()).isZero();
    }

    @Test
    void aRequestIdItHasSeenIsRefusedWith124AndSentOnce() throws Exception {
        ObjectNode message = message("0912345678");

        assertThat(code(message)).isEqualTo("100");
        JsonNode again = JSON.readTree(send(message.toString()).body());

        assertThat(again.get("CodeResult").asText()).isEqualTo("124");
        assertThat(again.has("SMSID")).isFalse();
        assertThat(simulator.acceptedCount()).isEqualTo(1);
        assertThat(simulator.duplicateCount()).isEqualTo(1);
        simulator.reset();
        assertThat(code(message)).as("reset forgets RequestIds").isEqualTo("100");
    }

    @Test
    void aBodyItCannotReadIsAnInvalidRequest() throws Exception {
        HttpResponse<String> answer = send("not json");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("Invalid request");
    }

    @Test
    void failsAndRateLimitsOnDemand() throws Exception {
        simulator.rateLimitNext(1, 2);
        HttpResponse<String> limited = send(message("0912345678").toString());
        simulator.failNext(1, List.of("+84912345678"));
        HttpResponse<String> down = send(message("0912345678").toString());

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("2");
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(code(message("0912345678"))).isEqualTo("100");
        assertThat(simulator.requestCount()).isEqualTo(3);
    }

    @Test
    void isSteeredAndReadThroughItsControlEndpoints() throws Exception {
        assertThat(control("settings?answerNext=103&answerCount=2").statusCode())
                .isEqualTo(200);
        assertThat(code(message("0912345678"))).isEqualTo("103");
        assertThat(code(message("0912345678"))).isEqualTo("103");
        assertThat(code(message("0912345678"))).isEqualTo("100");
        assertThat(code(message("0987654321"))).isEqualTo("100");

        JsonNode stats = JSON.readTree(get("/simulator/stats").body());
        assertThat(stats.get("accepted").asInt()).isEqualTo(2);
        assertThat(stats.get("requests").asInt()).isEqualTo(4);
        assertThat(JSON.readTree(get("/simulator/recipients").body()).get("recipients"))
                .hasToString("{\"+84912345678\":1,\"+84987654321\":1}");
        JsonNode messages =
                JSON.readTree(get("/simulator/messages?to=0987654321").body()).get("messages");
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).get("body").asText()).isEqualTo("Cảnh báo lũ quét tại Xã Cao Minh");
        assertThat(control("settings?answerNext=100").statusCode()).isEqualTo(400);
    }

    @Test
    void reportsDeliveryToTheCallbackUrlWhenAsked() throws Exception {
        List<String> reports = new CopyOnWriteArrayList<>();
        HttpServer webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/webhooks/esms", exchange -> {
            reports.add(
                    exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawQuery());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        webhook.start();
        try {
            String callback = "http://127.0.0.1:" + webhook.getAddress().getPort() + "/webhooks/esms?token=s3cret";
            ObjectNode message = message("0912345678").put("CallbackUrl", callback);
            String smsId =
                    JSON.readTree(send(message.toString()).body()).get("SMSID").asText();

            HttpResponse<String> answer = control("report?SMSID=" + smsId + "&SendStatus=5&delivered=false");

            assertThat(JSON.readTree(answer.body()).get("callbackStatus").asInt())
                    .isEqualTo(204);
            assertThat(reports).hasSize(1);
            assertThat(reports.getFirst())
                    .startsWith("GET token=s3cret&SMSID=" + smsId + "&SendFailed=1&SendStatus=5&SendSuccess=0")
                    .contains("&RequestId=" + message.get("RequestId").asText())
                    .contains("&phonenumber=0912345678");

            simulator.autoReports(true);
            send(message("0912345678").put("CallbackUrl", callback).toString());
            for (int i = 0; i < 250 && (reports.size() < 2 || simulator.reportsSent() < 2); i++) {
                Thread.sleep(20);
            }
            assertThat(reports).hasSize(2);
            assertThat(reports.get(1)).contains("SendStatus=5&SendSuccess=1");
            assertThat(simulator.reportsSent()).isEqualTo(2);
        } finally {
            simulator.autoReports(false);
            webhook.stop(0);
        }
    }

    @Test
    void anUnknownMessageCannotBeReported() throws Exception {
        assertThat(control("report?SMSID=nope").statusCode()).isEqualTo(400);
    }

    String code(ObjectNode message) throws Exception {
        return JSON.readTree(send(message.toString()).body()).get("CodeResult").asText();
    }

    static HttpResponse<String> send(String body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(simulator.baseUrl() + EsmsSmsAdapter.SEND_PATH))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> control(String action) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/simulator/" + action))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
