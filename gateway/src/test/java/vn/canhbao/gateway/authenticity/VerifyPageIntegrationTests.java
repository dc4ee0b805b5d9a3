package vn.canhbao.gateway.authenticity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

    @Test
    void anExerciseIsCalledADrill() throws Exception {
        String code = codeOf(TestBulletin.forWard(WARD).status("Exercise"));

        assertThat(page("/xac-minh?ma=" + code).body()).contains("Đây là tin DIỄN TẬP");
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
