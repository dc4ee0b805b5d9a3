package vn.canhbao.channels.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The {@code X-ZEvent-Signature} check: sha256(app_id + raw body + timestamp + OA secret key), not an HMAC. */
class ZaloWebhookSignatureTests {

    static final String OA_SECRET = "oa-secret-Mb27sLw9";
    static final String BODY = """
            {"app_id":"4318019421573621123","user_id_by_app":"552177279717587730","event_name":"user_send_text",\
            "sender":{"id":"2512523625412515"},"recipient":{"id":"579745863508352884"},\
            "message":{"msg_id":"96d3cdf3af150460909","text":"Tổ 5 đã nhận cảnh báo, đang sơ tán"},\
            "timestamp":"1699003881354"}""";

    /** Computed here from the documented recipe, independently of the code under test. */
    static String expectedHex(String body) throws Exception {
        String signed = "4318019421573621123" + body + "1699003881354" + OA_SECRET;
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(signed.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void acceptsZalosSignatureWithItsMacPrefix() throws Exception {
        assertThat(ZaloWebhookSignature.verify(BODY, "mac=" + expectedHex(BODY), OA_SECRET))
                .isTrue();
    }

    @Test
    void acceptsTheSignatureWithoutPrefixAndInUpperCase() throws Exception {
        assertThat(ZaloWebhookSignature.verify(BODY, expectedHex(BODY), OA_SECRET))
                .isTrue();
        assertThat(ZaloWebhookSignature.verify(BODY, expectedHex(BODY).toUpperCase(Locale.ROOT), OA_SECRET))
                .isTrue();
    }

    @Test
    void signProducesWhatVerifyAccepts() throws Exception {
        assertThat(ZaloWebhookSignature.sign(BODY, OA_SECRET)).isEqualTo("mac=" + expectedHex(BODY));
    }

    @Test
    void refusesASignatureMadeWithAnotherKey() {
        String forged = ZaloWebhookSignature.sign(BODY, "app-secret-Zx81kPq0");

        assertThat(ZaloWebhookSignature.verify(BODY, forged, OA_SECRET)).isFalse();
    }

    @Test
    void refusesATamperedBody() throws Exception {
        String tampered = BODY.replace("đang sơ tán", "không cần sơ tán");

        assertThat(ZaloWebhookSignature.verify(tampered, "mac=" + expectedHex(BODY), OA_SECRET))
                .isFalse();
    }

    @Test
    void refusesABodyReformattedAfterSigning() throws Exception {
        // The raw body is hashed as received: parsing and re-serialising it breaks the signature.
        String reformatted = BODY.replace(",\"", ", \"");

        assertThat(ZaloWebhookSignature.verify(reformatted, "mac=" + expectedHex(BODY), OA_SECRET))
                .isFalse();
    }

    @Test
    void refusesAMissingOrEmptyHeader() {
        assertThat(ZaloWebhookSignature.verify(BODY, null, OA_SECRET)).isFalse();
        assertThat(ZaloWebhookSignature.verify(BODY, "", OA_SECRET)).isFalse();
        assertThat(ZaloWebhookSignature.verify(BODY, "mac=", OA_SECRET)).isFalse();
    }

    @Test
    void refusesABodyWithoutAppIdOrTimestamp() {
        String noTimestamp = "{\"app_id\":\"4318019421573621123\",\"event_name\":\"follow\"}";

        assertThat(ZaloWebhookSignature.verify(noTimestamp, "mac=00", OA_SECRET))
                .isFalse();
        assertThat(ZaloWebhookSignature.verify("not json", "mac=00", OA_SECRET)).isFalse();
    }
}
