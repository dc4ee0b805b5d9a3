package vn.canhbao.channels.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.canhbao.channels.zalo.ZaloTokens;

/** The simulator answers raw HTTP as Zalo's OAuth, OA and ZNS endpoints do. */
class ZaloSimulatorTests {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    static ZaloSimulator zalo;
    ZaloTokens tokens;

    @BeforeAll
    static void start() {
        zalo = new ZaloSimulator().start();
    }

    @AfterAll
    static void stop() {
        zalo.close();
    }

    @BeforeEach
    void reset() {
        zalo.reset();
        zalo.latency(java.time.Duration.ZERO);
        tokens = zalo.authorise();
    }

    @Test
    void refreshRotatesBothTokensAndARefreshTokenWorksOnce() throws Exception {
        JsonNode first = refresh(tokens.refreshToken());
        JsonNode again = refresh(tokens.refreshToken());

        assertThat(first.get("access_token").asText()).isNotBlank().isNotEqualTo(tokens.accessToken());
        assertThat(first.get("refresh_token").asText()).isNotBlank().isNotEqualTo(tokens.refreshToken());
        assertThat(first.get("expires_in").asText()).isEqualTo("90000");
        assertThat(again.has("access_token")).isFalse();
        assertThat(again.get("error").asInt()).isNegative();
        assertThat(zalo.refreshCount()).isEqualTo(1);
    }

    @Test
    void refreshNeedsTheAppSecret() throws Exception {
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create(zalo.baseUrl() + "/v4/oa/access_token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("secret_key", "wrong")
                        .POST(HttpRequest.BodyPublishers.ofString("app_id=" + zalo.appId()
                                + "&grant_type=refresh_token&refresh_token=" + tokens.refreshToken()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(JSON.readTree(answer.body()).get("error").asInt()).isNegative();
    }

    @Test
    void consultationReachesFollowersOnly() throws Exception {
        zalo.follow("2512523625412515");

        JsonNode follower = post("/v3.0/oa/message/cs", tokens.accessToken(), """
                {"recipient":{"user_id":"2512523625412515"},"message":{"text":"Cảnh báo bão số 3"}}""");
        JsonNode stranger = post("/v3.0/oa/message/cs", tokens.accessToken(), """
                {"recipient":{"user_id":"9999999999999999"},"message":{"text":"Cảnh báo bão số 3"}}""");

        assertThat(follower.get("error").asInt()).isZero();
        assertThat(follower.at("/data/message_id").asText()).isNotBlank();
        assertThat(stranger.get("error").asInt()).isEqualTo(-230);
        assertThat(zalo.acceptedTextsTo("2512523625412515")).containsExactly("Cảnh báo bão số 3");
        assertThat(zalo.acceptedCount()).isEqualTo(1);
    }

    @Test
    void anExpiredOrUnknownTokenIsRefused() throws Exception {
        zalo.follow("2512523625412515");
        String body = "{\"recipient\":{\"user_id\":\"2512523625412515\"},\"message\":{\"text\":\"x\"}}";
        zalo.expireAccessToken();

        assertThat(post("/v3.0/oa/message/cs", tokens.accessToken(), body)
                        .get("error")
                        .asInt())
                .isEqualTo(-216);
        assertThat(post("/message/template", "made-up", "{}").get("error").asInt())
                .isEqualTo(-124);
    }

    @Test
    void znsNeedsAVietnamesePhoneWithZaloAndCountsItsQuota() throws Exception {
        zalo.znsDailyQuota(1).phoneWithoutZalo("84987654321");
        String template = """
                {"phone":"%s","template_id":"318452","template_data":{"tieu_de":"Cảnh báo","noi_dung":"Lũ"},\
                "tracking_id":"t-1"}""";

        JsonNode noPlus = post("/message/template", tokens.accessToken(), template.formatted("+84912345678"));
        JsonNode noZalo = post("/message/template", tokens.accessToken(), template.formatted("84987654321"));
        JsonNode sent = post("/message/template", tokens.accessToken(), template.formatted("84912345678"));
        JsonNode overQuota = post("/message/template", tokens.accessToken(), template.formatted("84912345678"));

        assertThat(noPlus.get("error").asInt()).isEqualTo(-108);
        assertThat(noZalo.get("error").asInt()).isEqualTo(-118);
        assertThat(sent.get("error").asInt()).isZero();
        assertThat(sent.at("/data/msg_id").asText()).isNotBlank();
        assertThat(sent.at("/data/quota/remainingQuota").asText()).isEqualTo("0");
        assertThat(overQuota.get("error").asInt()).isEqualTo(-144);
        assertThat(zalo.acceptedCountsByPhone()).containsExactly(java.util.Map.entry("84912345678", 1));
    }

    @Test
    void rateLimitModeAnswers429WithRetryAfter() throws Exception {
        zalo.follow("2512523625412515").rateLimitNext(1, 3);
        String body = "{\"recipient\":{\"user_id\":\"2512523625412515\"},\"message\":{\"text\":\"x\"}}";

        HttpResponse<String> limited = raw("/v3.0/oa/message/cs", tokens.accessToken(), body);
        HttpResponse<String> next = raw("/v3.0/oa/message/cs", tokens.accessToken(), body);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("3");
        assertThat(next.statusCode()).isEqualTo(200);
    }

    @Test
    void failureRateFailsThatShareOfSends() throws Exception {
        zalo.follow("2512523625412515").failureRate(0.5);
        String body = "{\"recipient\":{\"user_id\":\"2512523625412515\"},\"message\":{\"text\":\"x\"}}";

        int failed = 0;
        for (int i = 0; i < 10; i++) {
            if (raw("/v3.0/oa/message/cs", tokens.accessToken(), body).statusCode() >= 500) {
                failed++;
            }
        }

        assertThat(failed).isEqualTo(5);
        assertThat(zalo.acceptedCount()).isEqualTo(5);
    }

    @Test
    void controlEndpointsReadAndSteerIt() throws Exception {
        HttpResponse<String> follow = HTTP.send(
                HttpRequest.newBuilder(URI.create(zalo.baseUrl() + "/simulator/follow?userId=42"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        post(
                "/v3.0/oa/message/cs",
                tokens.accessToken(),
                "{\"recipient\":{\"user_id\":\"42\"},\"message\":{\"text\":\"x\"}}");
        HttpResponse<String> stats = HTTP.send(
                HttpRequest.newBuilder(URI.create(zalo.baseUrl() + "/simulator/stats"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(follow.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(stats.body()).get("acceptedOa").asInt()).isEqualTo(1);
    }

    JsonNode refresh(String refreshToken) throws Exception {
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create(zalo.baseUrl() + "/v4/oa/access_token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("secret_key", zalo.appSecretKey())
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "app_id=" + zalo.appId() + "&grant_type=refresh_token&refresh_token=" + refreshToken))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    JsonNode post(String path, String accessToken, String json) throws Exception {
        HttpResponse<String> answer = raw(path, accessToken, json);
        assertThat(answer.statusCode()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    HttpResponse<String> raw(String path, String accessToken, String json) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(zalo.baseUrl() + path))
                        .header("Content-Type", "application/json")
                        .header("access_token", accessToken)
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test // #14, finding 12
    void listsOaAndZnsMessagesNewestFirst() throws Exception {
        zalo.follow("2512523625412515");
        post("/v3.0/oa/message/cs", tokens.accessToken(), """
                {"recipient":{"user_id":"2512523625412515"},"message":{"text":"Cảnh báo bão số 3"}}""");
        post("/message/template", tokens.accessToken(), """
                {"phone":"84912345678","template_id":"318452","template_data":{"tieu_de":"Cảnh báo","noi_dung":"Lũ"},\
                "tracking_id":"t-1"}""");

        JsonNode all = messages("");
        assertThat(all).hasSize(2);
        assertThat(all.get(0).get("kind").asText()).isEqualTo("zns");
        assertThat(all.get(0).get("to").asText()).isEqualTo("84912345678");
        assertThat(all.get(0).get("body").asText()).contains("noi_dung");
        assertThat(all.get(1).get("kind").asText()).isEqualTo("oa");
        assertThat(all.get(1).get("body").asText()).isEqualTo("Cảnh báo bão số 3");
        assertThat(messages("?to=%2B84912345678")).hasSize(1);
        assertThat(messages("?to=2512523625412515").get(0).get("kind").asText()).isEqualTo("oa");
    }

    JsonNode messages(String query) throws Exception {
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create(zalo.baseUrl() + "/simulator/messages" + query))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).isEqualTo(200);
        return JSON.readTree(answer.body()).get("messages");
    }

    @Test
    void answersTheZnsQuotaAsZaloDoesFallingWithEachZnsMessageOnly() throws Exception {
        zalo.znsDailyQuota(500);
        JsonNode before = quota(tokens.accessToken());
        for (int i = 0; i < 3; i++) {
            assertThat(post("/message/template", tokens.accessToken(), """
                            {"phone":"84912345678","template_id":"318452","template_data":{"noi_dung":"Lũ"}}""")
                            .get("error")
                            .asInt())
                    .isZero();
        }

        JsonNode after = quota(tokens.accessToken());

        assertThat(before.get("error").asInt()).isZero();
        assertThat(before.get("message").asText()).isEqualTo("Success");
        // Zalo types both numbers as strings.
        assertThat(before.get("data").get("dailyQuota").isTextual()).isTrue();
        assertThat(before.get("data").get("dailyQuota").asText()).isEqualTo("500");
        assertThat(before.get("data").get("remainingQuota").asText()).isEqualTo("500");
        assertThat(after.get("data").get("dailyQuota").asText()).isEqualTo("500");
        assertThat(after.get("data").get("remainingQuota").asText())
                .as("reading spends nothing")
                .isEqualTo("497");
    }

    @Test
    void theZnsQuotaNeedsAValidAccessToken() throws Exception {
        JsonNode refused = quota("not-a-token");

        assertThat(refused.get("error").asInt()).isEqualTo(-124);
        assertThat(refused.has("data")).isFalse();
    }

    JsonNode quota(String accessToken) throws Exception {
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create(zalo.baseUrl() + "/message/quota"))
                        .header("access_token", accessToken)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }
}
