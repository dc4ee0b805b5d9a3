package vn.canhbao.channels.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static vn.canhbao.channels.twilio.TwilioStatusCallbackForms.AUTH_TOKEN;
import static vn.canhbao.channels.twilio.TwilioStatusCallbackForms.CALLBACK_URL;
import static vn.canhbao.channels.twilio.TwilioStatusCallbackForms.form;
import static vn.canhbao.channels.twilio.TwilioStatusCallbackForms.sign;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TwilioSignatureTests {

    private final Map<String, String> delivered = form("delivered", null);
    private final String signature = sign(CALLBACK_URL, delivered, AUTH_TOKEN);

    @Test
    void acceptsTheSignatureTwilioComputes() {
        assertThat(TwilioSignature.verify(CALLBACK_URL, delivered, signature, AUTH_TOKEN))
                .isTrue();
    }

    @Test
    void matchesTheExampleOfTwiliosSecurityGuide() {
        Map<String, String> params = Map.of(
                "CallSid", "CA1234567890ABCDE",
                "Caller", "+12349013030",
                "Digits", "1234",
                "From", "+12349013030",
                "To", "+18005551212");

        assertThat(TwilioSignature.verify(
                        "https://mycompany.com/myapp.php?foo=1&bar=2", params, "0/KCTR6DLpKmkAf8muzZqo1nDgQ=", "12345"))
                .isTrue();
    }

    @Test
    void rejectsATamperedStatus() {
        Map<String, String> tampered = new HashMap<>(delivered);
        tampered.put("MessageStatus", "undelivered");

        assertThat(TwilioSignature.verify(CALLBACK_URL, tampered, signature, AUTH_TOKEN))
                .isFalse();
    }

    @Test
    void rejectsAnAddedOrRemovedParameter() {
        Map<String, String> added = new HashMap<>(delivered);
        added.put("ErrorCode", "30003");
        Map<String, String> removed = new HashMap<>(delivered);
        removed.remove("RawDlrDoneDate");

        assertThat(TwilioSignature.verify(CALLBACK_URL, added, signature, AUTH_TOKEN))
                .isFalse();
        assertThat(TwilioSignature.verify(CALLBACK_URL, removed, signature, AUTH_TOKEN))
                .isFalse();
    }

    @Test
    void rejectsAnotherDispatchInTheUrl() {
        String otherDispatch = CALLBACK_URL.replace("6f1d2c3b", "00000000");

        assertThat(TwilioSignature.verify(otherDispatch, delivered, signature, AUTH_TOKEN))
                .isFalse();
    }

    @Test
    void rejectsASignatureMadeWithAnotherToken() {
        String forged = sign(CALLBACK_URL, delivered, "not-the-auth-token");

        assertThat(TwilioSignature.verify(CALLBACK_URL, delivered, forged, AUTH_TOKEN))
                .isFalse();
    }

    @Test
    void rejectsAMissingOrMangledHeader() {
        assertThat(TwilioSignature.verify(CALLBACK_URL, delivered, null, AUTH_TOKEN))
                .isFalse();
        assertThat(TwilioSignature.verify(CALLBACK_URL, delivered, "", AUTH_TOKEN))
                .isFalse();
        assertThat(TwilioSignature.verify(CALLBACK_URL, delivered, signature.substring(1), AUTH_TOKEN))
                .isFalse();
        assertThat(TwilioSignature.verify(CALLBACK_URL, delivered, signature.toLowerCase(), AUTH_TOKEN))
                .isFalse();
    }

    @Test
    void acceptsTheUrlWithTheDefaultPortWrittenOut() {
        String withPort = CALLBACK_URL.replace("canhbao.example.vn/", "canhbao.example.vn:443/");

        assertThat(TwilioSignature.verify(withPort, delivered, signature, AUTH_TOKEN))
                .isTrue();
    }

    @Test
    void anEmptyFormIsSignedOverTheUrlAlone() {
        String urlOnly = sign(CALLBACK_URL, Map.of(), AUTH_TOKEN);

        assertThat(TwilioSignature.verify(CALLBACK_URL, null, urlOnly, AUTH_TOKEN))
                .isTrue();
        assertThat(TwilioSignature.verify(CALLBACK_URL, Map.of(), urlOnly, AUTH_TOKEN))
                .isTrue();
    }

    @Test
    void rejectsAMissingOrUnparseableUrl() {
        assertThat(TwilioSignature.verify(null, delivered, signature, AUTH_TOKEN))
                .isFalse();
        assertThat(TwilioSignature.verify("http://exa mple/%%", delivered, signature, AUTH_TOKEN))
                .isFalse();
    }

    @Test
    void refusesToVerifyWithoutAnAuthToken() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TwilioSignature.verify(CALLBACK_URL, delivered, signature, " "));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TwilioSignature.verify(CALLBACK_URL, delivered, signature, null));
    }
}
