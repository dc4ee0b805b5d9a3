package vn.canhbao.channels.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator answers raw HTTP as Twilio's Messages API does. */
class TwilioSimulatorTests {

    static final String SERVICE_SID = "MG0123456789abcdef0123456789abcdef";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

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
    void acceptsAMessageWithARealisticResource() throws Exception {
        HttpResponse<String> answer = post(
                simulator.authToken(),
                "To",
                "+84912345678",
                "MessagingServiceSid",
                SERVICE_SID,
                "Body",
                "Cảnh báo lũ quét tại Xã Cao Minh");

        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode message = JSON.readTree(answer.body());
        assertThat(message.get("sid").asText()).matches("SM[0-9a-f]{32}");
        assertThat(message.get("account_sid").asText()).isEqualTo(TwilioSimulator.DEFAULT_ACCOUNT_SID);
        assertThat(message.get("to").asText()).isEqualTo("+84912345678");
        assertThat(message.get("body").asText()).isEqualTo("Cảnh báo lũ quét tại Xã Cao Minh");
        assertThat(message.get("messaging_service_sid").asText()).isEqualTo(SERVICE_SID);
        assertThat(message.get("from").isNull()).isTrue();
        assertThat(message.get("status").asText()).isEqualTo("accepted");
        assertThat(message.get("direction").asText()).isEqualTo("outbound-api");
        assertThat(message.get("num_segments").asText()).isEqualTo("1");
        assertThat(message.get("uri").asText())
                .isEqualTo("/2010-04-01/Accounts/" + TwilioSimulator.DEFAULT_ACCOUNT_SID + "/Messages/"
                        + message.get("sid").asText() + ".json");
        assertThat(ZonedDateTime.parse(
                        message.get("date_created").asText(),
                        DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US)))
                .isNotNull();
    }

    @Test
    void aMessageFromASenderIsQueued() throws Exception {
        JsonNode message =
                JSON.readTree(post(simulator.authToken(), "To", "+84912345678", "From", "CANHBAO", "Body", "hello")
                        .body());

        assertThat(message.get("status").asText()).isEqualTo("queued");
        assertThat(message.get("from").asText()).isEqualTo("CANHBAO");
    }

    @Test
    void countsSegmentsAsGsm7OrUcs2() throws Exception {
        String ascii = "a".repeat(161);
        String vietnamese = "Cảnh báo ".repeat(8); // 72 UTF-16 units, UCS-2

        assertThat(segments(ascii)).isEqualTo("2");
        assertThat(segments(vietnamese)).isEqualTo("2");
        assertThat(segments("Canh bao lu quet")).isEqualTo("1");
    }

    @Test
    void everySidIsUnique() throws Exception {
        Set<String> sids = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            sids.add(JSON.readTree(post(
                                    simulator.authToken(),
                                    "To",
                                    "+8491234" + (5000 + i),
                                    "MessagingServiceSid",
                                    SERVICE_SID,
                                    "Body",
                                    "x")
                            .body())
                    .get("sid")
                    .asText());
        }
        assertThat(sids).hasSize(50);
    }

    @Test
    void wrongTokenIsRefusedAsTwilioDoes() throws Exception {
        HttpResponse<String> answer =
                post("wrong-token", "To", "+84912345678", "MessagingServiceSid", SERVICE_SID, "Body", "x");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertTwilioError(answer, 401, 20003);
        assertThat(simulator.acceptedCount()).isZero();
    }

    @Test
    void numberNotInE164IsAnInvalidTo() throws Exception {
        HttpResponse<String> answer =
                post(simulator.authToken(), "To", "0912345678", "MessagingServiceSid", SERVICE_SID, "Body", "x");

        assertTwilioError(answer, 400, 21211);
        assertThat(JSON.readTree(answer.body()).get("message").asText()).contains("0912345678");
    }

    @Test
    void refusesIncompleteRequests() throws Exception {
        assertTwilioError(post(simulator.authToken(), "MessagingServiceSid", SERVICE_SID, "Body", "x"), 400, 21604);
        assertTwilioError(post(simulator.authToken(), "To", "+84912345678", "Body", "x"), 400, 21603);
        assertTwilioError(
                post(simulator.authToken(), "To", "+84912345678", "MessagingServiceSid", SERVICE_SID), 400, 21602);
        assertTwilioError(
                post(
                        simulator.authToken(),
                        "To",
                        "+84912345678",
                        "MessagingServiceSid",
                        SERVICE_SID,
                        "Body",
                        "x".repeat(1601)),
                400,
                21617);
    }

    @Test
    void recordsWhatItAcceptedPerRecipient() throws Exception {
        post(simulator.authToken(), "To", "+84911111111", "MessagingServiceSid", SERVICE_SID, "Body", "Lũ quét");
        post(simulator.authToken(), "To", "+84922222222", "MessagingServiceSid", SERVICE_SID, "Body", "Lũ quét");
        post(simulator.authToken(), "To", "+84922222222", "MessagingServiceSid", SERVICE_SID, "Body", "Hủy cảnh báo");
        post(simulator.authToken(), "To", "bad", "MessagingServiceSid", SERVICE_SID, "Body", "x");

        assertThat(simulator.acceptedCount()).isEqualTo(3);
        assertThat(simulator.acceptedCountsByTo()).isEqualTo(Map.of("+84911111111", 1, "+84922222222", 2));
        assertThat(simulator.acceptedBodiesTo("+84922222222")).containsExactly("Lũ quét", "Hủy cảnh báo");
        assertThat(simulator.recipientsWithDuplicates()).isEqualTo(1);
        assertThat(simulator.requestCount()).isEqualTo(4);

        simulator.reset();

        assertThat(simulator.acceptedCount()).isZero();
        assertThat(simulator.acceptedCountsByTo()).isEmpty();
    }

    @Test
    void anotherProcessReadsTheCountPerRecipientAndThePeakRate() throws Exception {
        post(simulator.authToken(), "To", "+84911111111", "MessagingServiceSid", SERVICE_SID, "Body", "Lũ quét");
        post(simulator.authToken(), "To", "+84922222222", "MessagingServiceSid", SERVICE_SID, "Body", "Lũ quét");
        post(simulator.authToken(), "To", "+84922222222", "MessagingServiceSid", SERVICE_SID, "Body", "Hủy cảnh báo");

        JsonNode recipients = JSON.readTree(get("/simulator/recipients").body()).get("recipients");
        assertThat(recipients.get("+84911111111").asInt()).isEqualTo(1);
        assertThat(recipients.get("+84922222222").asInt()).isEqualTo(2);
        assertThat(recipients.size()).isEqualTo(2);
        // Three messages within at most two seconds of the clock: the busiest second took two or three.
        assertThat(JSON.readTree(get("/simulator/stats").body())
                        .get("peakPerSecond")
                        .asInt())
                .isBetween(2, 3);

        simulator.reset();

        assertThat(JSON.readTree(get("/simulator/stats").body())
                        .get("peakPerSecond")
                        .asInt())
                .isZero();
        assertThat(JSON.readTree(get("/simulator/recipients").body())
                        .get("recipients")
                        .size())
                .isZero();
    }

    @Test
    void unknownPathsAreNotFound() throws Exception {
        assertTwilioError(get("/2010-04-01/Accounts/" + simulator.accountSid() + "/Recordings.json"), 404, 20404);
    }

    static String segments(String body) throws Exception {
        return JSON.readTree(post(
                                simulator.authToken(),
                                "To",
                                "+84912345678",
                                "MessagingServiceSid",
                                SERVICE_SID,
                                "Body",
                                body)
                        .body())
                .get("num_segments")
                .asText();
    }

    static void assertTwilioError(HttpResponse<String> answer, int status, int code) throws Exception {
        assertThat(answer.statusCode()).isEqualTo(status);
        JsonNode error = JSON.readTree(answer.body());
        assertThat(error.get("code").asInt()).isEqualTo(code);
        assertThat(error.get("status").asInt()).isEqualTo(status);
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(error.get("more_info").asText()).isEqualTo("https://www.twilio.com/docs/errors/" + code);
    }

    static HttpResponse<String> post(String authToken, String... form) throws Exception {
        return post(simulator, authToken, form);
    }

    static HttpResponse<String> post(TwilioSimulator simulator, String authToken, String... form) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < form.length; i += 2) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(form[i]).append('=').append(URLEncoder.encode(form[i + 1], StandardCharsets.UTF_8));
        }
        String credentials = simulator.accountSid() + ":" + authToken;
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                        simulator.baseUrl() + "/2010-04-01/Accounts/" + simulator.accountSid() + "/Messages.json"))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(String path) throws Exception {
        return get(simulator, path);
    }

    static HttpResponse<String> get(TwilioSimulator simulator, String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> control(TwilioSimulator simulator, String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test // #14, finding 12: a newcomer reads a leader's link and a subscription code here
    void listsTheMessagesItTookNewestFirstWithRecipientsAndBodies() throws Exception {
        post(
                simulator.authToken(),
                "To",
                "+84912345678",
                "MessagingServiceSid",
                SERVICE_SID,
                "Body",
                "Mã xác nhận 123456");
        post(simulator.authToken(), "To", "+84987654321", "MessagingServiceSid", SERVICE_SID, "Body", "Tin thứ hai");
        post(
                simulator.authToken(),
                "To",
                "+84912345678",
                "MessagingServiceSid",
                SERVICE_SID,
                "Body",
                "Đã nhận, bấm: http://localhost:8080/n/abc");

        JsonNode all = JSON.readTree(get("/simulator/messages").body()).get("messages");
        assertThat(all).hasSize(3);
        assertThat(all.get(0).get("body").asText()).isEqualTo("Đã nhận, bấm: http://localhost:8080/n/abc");
        assertThat(all.get(0).get("to").asText()).isEqualTo("+84912345678");
        assertThat(all.get(0).get("kind").asText()).isEqualTo("sms");
        assertThat(all.get(0).get("at").asText()).isNotBlank();
        assertThat(all.get(2).get("body").asText()).isEqualTo("Mã xác nhận 123456");

        // '+' unencoded in a query reads as a space; 0… is the same number as +84…
        for (String to : new String[] {"%2B84912345678", "+84912345678", "0912345678"}) {
            JsonNode mine =
                    JSON.readTree(get("/simulator/messages?to=" + to).body()).get("messages");
            assertThat(mine).as(to).hasSize(2);
            assertThat(mine.get(1).get("body").asText()).isEqualTo("Mã xác nhận 123456");
        }
        assertThat(JSON.readTree(get("/simulator/messages?limit=1").body()).get("messages"))
                .hasSize(1);
        assertThat(get("/simulator/messages?limit=x").statusCode()).isEqualTo(400);
        JsonNode links = JSON.readTree(
                        get("/simulator/messages?contains=%2Fn%2F").body())
                .get("messages");
        assertThat(links).hasSize(1);
        assertThat(links.get(0).get("body").asText()).endsWith("/n/abc");
    }
}
