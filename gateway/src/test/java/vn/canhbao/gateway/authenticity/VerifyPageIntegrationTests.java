package vn.canhbao.gateway.authenticity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.TestBulletin;
import vn.canhbao.gateway.registry.WardPolicy;
import vn.canhbao.gateway.registry.WardPolicyRepository;

/** {@code /xac-minh}: the page a resident opens from a link or types a code into, on an old phone. */
class VerifyPageIntegrationTests extends GatewayIntegrationTest {

    /** Xã Sì Lở Lầu issues bulletins at once. */
    static final String WARD = "03562";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    WardPolicyRepository policies;

    @Autowired
    JdbcTemplate database;

    @BeforeEach
    void ward() {
        policies.save(new WardPolicy(WARD, true, false, false));
    }

    @Test
    void aGenuineCodeShowsTheWardTheTimeAndThatItIsInForce() throws Exception {
        String code = codeOf(TestBulletin.forWard(WARD));

        HttpResponse<String> page = page("/xac-minh?ma=" + code.toLowerCase());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Đây là tin cảnh báo THẬT của hệ thống.")
                .contains("Xã Sì Lở Lầu")
                .contains("Phát lúc:")
                .contains("Tin cảnh báo này đang có hiệu lực.")
                .contains(code)
                .doesNotContain("<script");
    }

    @Test // #14, finding 7: a drill was also called "tin cảnh báo THẬT"
    void anExerciseIsCalledADrillAndOnlyADrill() throws Exception {
        String code = codeOf(TestBulletin.forWard(WARD).status("Exercise"));

        String body = page("/xac-minh?ma=" + code).body();
        assertThat(body)
                .contains("Đây là tin DIỄN TẬP")
                .contains("verdict drill")
                .doesNotContain("THẬT");
    }

    @Test // #14, finding 7
    void aCodePastedAsTheMessageWritesItIsGenuine() throws Exception {
        String code = codeOf(TestBulletin.forWard(WARD));

        for (String pasted : List.of("Mã tin " + code, code + ",", "Ma tin " + code.toLowerCase() + ".")) {
            HttpResponse<String> page = page("/xac-minh?ma=" + URLEncoder.encode(pasted, StandardCharsets.UTF_8));
            assertThat(page.statusCode()).as(pasted).isEqualTo(200);
            assertThat(page.body()).as(pasted).contains("Đây là tin cảnh báo THẬT của hệ thống.");
        }
    }

    @Test // #14, finding 7: the field's maxlength cut "Mã tin C5HF96"
    void theFieldTakesTheCodeWithItsPrefix() throws Exception {
        Matcher maxlength = Pattern.compile("maxlength=\"(\\d+)\"")
                .matcher(page("/xac-minh").body());

        assertThat(!maxlength.find() || Integer.parseInt(maxlength.group(1)) >= "Mã tin K7M2QX.".length() + 6)
                .as("the code field is long enough for a pasted \"Mã tin K7M2QX.\"")
                .isTrue();
    }

    @Test // #14, finding 7
    void aCorrectedAlertIsShownCancelledAndCorrected() throws Exception {
        String alertId =
                accept(TestBulletin.forWard(WARD)).get("alertIds").get(0).asString();
        String code = getJson("/api/v1/alerts/" + alertId).get("shortCode").asString();
        correctAsAdmin(alertId);

        String body = page("/xac-minh?ma=" + code).body();
        assertThat(body)
                .contains("HỦY và ĐÍNH CHÍNH")
                .contains("không còn hiệu lực")
                .contains("verdict over")
                .doesNotContain("đang có hiệu lực");
    }

    @Test // #14, finding 7
    void anExpiredAlertIsNoLongerInForce() throws Exception {
        String alertId =
                accept(TestBulletin.forWard(WARD)).get("alertIds").get(0).asString();
        database.update(
                "update alert set expires = ? where id = ?",
                OffsetDateTime.now().minusHours(1),
                java.util.UUID.fromString(alertId));

        String body = page("/xac-minh?ma="
                        + getJson("/api/v1/alerts/" + alertId).get("shortCode").asString())
                .body();
        assertThat(body)
                .contains("HẾT HIỆU LỰC")
                .contains("Đã hết hiệu lực lúc")
                .doesNotContain("đang có hiệu lực");
    }

    @Test
    void aMadeUpCodeIsCalledPossiblyFake() throws Exception {
        HttpResponse<String> page = page("/xac-minh?ma=K7M2QX0");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("KHÔNG phải mã cảnh báo của hệ thống — có thể là tin giả");
    }

    @Test
    void theEmptyPageIsASmallFormThatWorksWithoutJavaScript() throws Exception {
        HttpResponse<String> page = page("/xac-minh");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<form method=\"get\" action=\"/xac-minh\">")
                .contains("name=\"ma\"")
                .doesNotContain("<script");
        assertThat(page.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThan(4_000);
    }

    @Test
    void englishOnRequest() throws Exception {
        HttpResponse<String> page = page("/xac-minh?ma=K7M2QX0&lang=en");

        assertThat(page.body()).contains("is NOT a warning code of the system").contains("lang=\"en\"");
    }

    private String codeOf(TestBulletin bulletin) throws Exception {
        String alertId = accept(bulletin).get("alertIds").get(0).asString();
        return getJson("/api/v1/alerts/" + alertId).get("shortCode").asString();
    }

    private HttpResponse<String> page(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
