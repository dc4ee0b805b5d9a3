package vn.canhbao.gateway.authenticity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.TestBulletin;
import vn.canhbao.gateway.registry.WardPolicy;
import vn.canhbao.gateway.registry.WardPolicyRepository;

/**
 * {@code GET /api/v1/verify/{code}}, called as a resident would: no API key, no account. A genuine code says where and
 * when and whether the warning stands; anything else says plainly that it is not canhbao's.
 */
class CodeVerificationIntegrationTests extends GatewayIntegrationTest {

    /** Xã Bắc Đông Quan issues bulletins at once; Xã Cam Phục drafts them for its officer. */
    static final String AUTO = "12745";

    static final String DRAFTS = "17242";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    WardPolicyRepository policies;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcTemplate database;

    @BeforeEach
    void wards() {
        policies.save(new WardPolicy(AUTO, true, false, false));
        policies.save(new WardPolicy(DRAFTS, false, false, false));
    }

    @Test
    void theCodeOfAnIssuedAlertIsGenuineWithWardTimeAndInForce() throws Exception {
        String code = codeOf(TestBulletin.forWard(AUTO).expires(hoursFromNow(6)));

        HttpResponse<String> response =
                anonymousGet("127.0.0.1", "/api/v1/verify/%20" + code.toLowerCase(Locale.ROOT) + "%20");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = json.readTree(response.body());
        assertThat(answer.get("genuine").asBoolean()).isTrue();
        assertThat(answer.get("code").asString()).isEqualTo(code);
        assertThat(answer.get("ward").asString()).isEqualTo(AUTO);
        assertThat(answer.get("wardName").asString()).isEqualTo("Xã Bắc Đông Quan");
        assertThat(answer.get("province").asString()).isNotBlank();
        assertThat(answer.get("hazard").asString()).isEqualTo("LU_QUET");
        assertThat(answer.get("hazardName").asString()).isEqualTo("Lũ quét");
        assertThat(answer.get("riskLevel").asInt()).isEqualTo(3);
        assertThat(answer.get("headline").asString()).contains("lũ quét");
        assertThat(answer.get("issuedAt").asString()).endsWith("+07:00");
        assertThat(answer.get("expires").asString()).endsWith("+07:00");
        assertThat(answer.get("inForce").asBoolean()).isTrue();
        assertThat(answer.get("exercise").asBoolean()).isFalse();
        assertThat(answer.get("cancelled").asBoolean()).isFalse();
        assertThat(answer.get("msgType").asString()).isEqualTo("Alert");
    }

    @Test
    void aMadeUpCodeIsNotGenuineAndSaysSoPlainly() throws Exception {
        HttpResponse<String> response = anonymousGet("127.0.0.1", "/api/v1/verify/ZZZZZZ");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode answer = json.readTree(response.body());
        assertThat(answer.get("genuine").asBoolean()).isFalse();
        assertThat(answer.get("detail").asString()).contains("ZZZZZZ").contains("may be fake");
    }

    @Test
    void theCodeOfADraftIsNotGenuine() throws Exception {
        String code = codeOf(TestBulletin.forWard(DRAFTS));

        assertThat(anonymousGet("127.0.0.1", "/api/v1/verify/" + code).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aCancelledAlertIsGenuineButNoLongerInForce() throws Exception {
        TestBulletin original = TestBulletin.forWard(AUTO).expires(hoursFromNow(6));
        String code = codeOf(original);
        String cancelCode = codeOf(TestBulletin.forWard(AUTO).msgType("Cancel").references(original));

        JsonNode answer = json.readTree(
                anonymousGet("127.0.0.1", "/api/v1/verify/" + code).body());
        assertThat(answer.get("genuine").asBoolean()).isTrue();
        assertThat(answer.get("cancelled").asBoolean()).isTrue();
        assertThat(answer.get("inForce").asBoolean()).isFalse();

        JsonNode cancel = json.readTree(
                anonymousGet("127.0.0.1", "/api/v1/verify/" + cancelCode).body());
        assertThat(cancel.get("msgType").asString()).isEqualTo("Cancel");
        assertThat(cancel.get("inForce").asBoolean()).isFalse();
    }

    @Test
    void anExpiredAlertIsNoLongerInForce() throws Exception {
        String alertId = alertOf(TestBulletin.forWard(AUTO).expires(hoursFromNow(6)));
        database.update(
                "update alert set expires = ? where id = ?", hoursFromNow(-1), java.util.UUID.fromString(alertId));

        JsonNode answer = json.readTree(anonymousGet(
                        "127.0.0.1",
                        "/api/v1/verify/"
                                + getJson("/api/v1/alerts/" + alertId)
                                        .get("shortCode")
                                        .asString())
                .body());
        assertThat(answer.get("genuine").asBoolean()).isTrue();
        assertThat(answer.get("inForce").asBoolean()).isFalse();
        assertThat(answer.get("expired").asBoolean()).isTrue();
        assertThat(answer.get("cancelled").asBoolean()).isFalse();
    }

    @Test // #14, finding 7
    void aCodeIsReadAsItIsPastedFromTheMessage() throws Exception {
        String code = codeOf(TestBulletin.forWard(AUTO).expires(hoursFromNow(6)));

        for (String pasted : List.of("Mã tin " + code, code + ",", " ma tin: " + code.toLowerCase() + ".")) {
            HttpResponse<String> response = anonymousGet(
                    "127.0.0.1",
                    "/api/v1/verify/"
                            + URLEncoder.encode(pasted, StandardCharsets.UTF_8).replace("+", "%20"));
            assertThat(response.statusCode())
                    .as(pasted + ": " + response.body())
                    .isEqualTo(200);
            assertThat(json.readTree(response.body()).get("code").asString()).isEqualTo(code);
        }
    }

    @Test // #14, finding 7
    void aCorrectedAlertSaysSo() throws Exception {
        String alertId = alertOf(TestBulletin.forWard(AUTO).expires(hoursFromNow(6)));
        correctAsAdmin(alertId);

        JsonNode answer = json.readTree(anonymousGet(
                        "127.0.0.1",
                        "/api/v1/verify/"
                                + getJson("/api/v1/alerts/" + alertId)
                                        .get("shortCode")
                                        .asString())
                .body());
        assertThat(answer.get("cancelled").asBoolean()).isTrue();
        assertThat(answer.get("corrected").asBoolean()).isTrue();
        assertThat(answer.get("inForce").asBoolean()).isFalse();
    }

    @Test
    void anExerciseSaysItIsOne() throws Exception {
        String code = codeOf(TestBulletin.forWard(AUTO).status("Exercise"));

        JsonNode answer = json.readTree(
                anonymousGet("127.0.0.1", "/api/v1/verify/" + code).body());
        assertThat(answer.get("exercise").asBoolean()).isTrue();
    }

    @Test
    void checksAreCountedByResult() throws Exception {
        double unknown = count("unknown");

        anonymousGet("127.0.0.1", "/api/v1/verify/QQQQQQ");

        assertThat(count("unknown")).isEqualTo(unknown + 1);
    }

    @Test
    void tooManyChecksFromOneAddressAreRefusedWith429AndRetryAfter() throws Exception {
        // Over IPv6 loopback: another client address than the other tests', so their checks stay within the limit.
        double limited = count("limited");
        HttpResponse<String> response = null;
        for (int i = 0; i <= 30; i++) {
            response = anonymousGet("[::1]", "/api/v1/verify/WWWWWW");
        }

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 60L);
        assertThat(json.readTree(response.body()).get("detail").asString()).contains("try again");
        assertThat(count("limited")).isEqualTo(limited + 1);
    }

    private String alertOf(TestBulletin bulletin) throws Exception {
        return accept(bulletin).get("alertIds").get(0).asString();
    }

    private String codeOf(TestBulletin bulletin) throws Exception {
        String alertId = accept(bulletin).get("alertIds").get(0).asString();
        return getJson("/api/v1/alerts/" + alertId).get("shortCode").asString();
    }

    private HttpResponse<String> anonymousGet(String host, String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private double count(String result) {
        Counter counter =
                meters.find("canhbao.verify.requests").tag("result", result).counter();
        return counter == null ? 0 : counter.count();
    }

    private static OffsetDateTime hoursFromNow(int hours) {
        return OffsetDateTime.now(ZoneOffset.ofHours(7)).plusHours(hours).withNano(0);
    }
}
