package vn.canhbao.gateway.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.registry.WardPolicy;
import vn.canhbao.gateway.registry.WardPolicyRepository;

/**
 * What the subscription tests share: a ward no other test uses, served by canhbao (it has a ward policy; one without
 * is refused, #14 finding 9), a resident's browser, and the code the Twilio simulator received.
 */
abstract class SubscriptionIntegrationTest extends GatewayIntegrationTest {

    /** Phường Tân Định, Thành phố Hồ Chí Minh; its pre-2025 code 26734 resolves to it. */
    static final String TAN_DINH = "26737";

    static final Pattern CODE = Pattern.compile("^(\\d{6}) ");
    private static final Pattern CONFIRM_PATH = Pattern.compile("^/dang-ky/xac-nhan/[0-9a-f-]{36}$");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WardPolicyRepository policies;

    @BeforeEach
    void served() {
        policies.save(new WardPolicy(TAN_DINH, false, false, false));
    }

    ResidentBrowser browser() {
        return new ResidentBrowser(port);
    }

    /** Opens the ward's page and asks for a code for {@code phone}; returns the confirmation page's path. */
    String requestCode(ResidentBrowser browser, String phone) throws Exception {
        assertThat(browser.get("/dang-ky/" + TAN_DINH).statusCode()).isEqualTo(200);
        HttpResponse<String> sent = browser.post("/dang-ky/" + TAN_DINH, List.of(Map.entry("phone", phone)));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        String location = sent.headers().firstValue("Location").orElseThrow();
        String path = location.replaceFirst("^https?://[^/]+", "");
        assertThat(path).matches(CONFIRM_PATH);
        assertThat(browser.get(path).statusCode()).isEqualTo(200);
        return path;
    }

    /** The last code the simulator accepted for {@code e164}. */
    String lastCodeTo(String e164) {
        List<String> bodies = twilio.acceptedBodiesTo(e164);
        for (int i = bodies.size() - 1; i >= 0; i--) {
            Matcher m = CODE.matcher(bodies.get(i));
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("no code was sent to " + e164 + ": " + bodies);
    }

    /** The fields of the confirmation form. */
    static List<Map.Entry<String, String>> confirmation(String code, String language, String... channels) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("code", code));
        for (String c : channels) {
            fields.add(Map.entry("channel", c));
        }
        fields.add(Map.entry("language", language));
        return fields;
    }

    void forget(String e164) {
        jdbc.update("delete from recipient where phone = ?", e164);
        jdbc.update("delete from subscription_code where phone = ?", e164);
    }
}
