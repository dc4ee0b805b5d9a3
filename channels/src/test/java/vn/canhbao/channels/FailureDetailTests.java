package vn.canhbao.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A failure's detail: capped, and never holding a secret in any form the adapters send it. */
class FailureDetailTests {

    static final String TOKEN = "tok-9f8e7d6c5b4a";

    private final FailureClassification classification = new FailureClassification(List.of(TOKEN));

    @Test
    void aDetailUpToTheCapIsKeptWhole() {
        String text = "x".repeat(FailureClassification.MAX_DETAIL);

        assertThat(classification.detail(text)).isEqualTo(text);
    }

    @Test
    void aLongerDetailIsCutAtTheCapAndSaysSo() {
        String detail = classification.detail("x".repeat(FailureClassification.MAX_DETAIL) + "tail");

        assertThat(detail).hasSize(FailureClassification.MAX_DETAIL + 1).endsWith("x…");
    }

    @Test
    void theCutNeverSplitsACharacterInTwo() {
        String text = "x".repeat(FailureClassification.MAX_DETAIL - 1) + "😀😀";

        String detail = classification.detail(text);

        assertThat(detail).isEqualTo("x".repeat(FailureClassification.MAX_DETAIL - 1) + "…");
    }

    @Test
    void aKnownSecretIsBlankedWhereverItAppears() {
        String detail = classification.detail("Token " + TOKEN + " cannot send; retry with " + TOKEN);

        assertThat(detail).doesNotContain(TOKEN).isEqualTo("Token **** cannot send; retry with ****");
    }

    @Test
    void aSecretAcrossTheCapLeavesNoPartBehind() {
        String text = "x".repeat(FailureClassification.MAX_DETAIL - 4) + TOKEN;

        assertThat(classification.detail(text)).doesNotContain("tok-").endsWith("****");
    }

    @Test
    void theBasicCredentialsBuiltFromASecretAreBlankedWhenGiven() {
        // Twilio sends its auth token as HTTP Basic credentials; its classifier hands in both forms.
        String basic = Base64.getEncoder().encodeToString(("AC123:" + TOKEN).getBytes(StandardCharsets.UTF_8));
        FailureClassification twilio = new FailureClassification(List.of(TOKEN, basic));

        assertThat(twilio.detail("echoed " + basic)).isEqualTo("echoed ****");
    }

    @Test
    void aSecretContainingAnotherIsBlankedWhole() {
        FailureClassification nested = new FailureClassification(List.of("abc", "abc-def-ghi"));

        assertThat(nested.detail("key abc-def-ghi")).isEqualTo("key ****");
    }

    @Test
    void anAuthorizationHeaderIsBlankedEvenWithAnUnknownValue() {
        assertThat(classification.detail("sent Authorization: Bearer ya29.a0AfB_unknown to FCM"))
                .isEqualTo("sent Authorization: Bearer **** to FCM");
        assertThat(classification.detail("authorization=Basic QUMxMjM6c2VjcmV0"))
                .isEqualTo("authorization=Basic ****");
    }

    @Test
    void anApiKeyHeaderIsBlanked() {
        assertThat(classification.detail("X-Api-Key: khoa-api-123, retry later"))
                .isEqualTo("X-Api-Key: ****, retry later");
    }

    @Test
    void tokensInAJsonAnswerAreBlanked() {
        // A token endpoint's answer echoed in an error: Zalo issues new tokens after the adapter started.
        assertThat(classification.detail(
                        "{\"access_token\":\"new-at\",\"refresh_token\":\"new-rt\",\"expires_in\":\"90000\"}"))
                .isEqualTo("{\"access_token\":\"****\",\"refresh_token\":\"****\",\"expires_in\":\"90000\"}");
    }

    @Test
    void secretsInAFormOrQueryAreBlanked() {
        assertThat(classification.detail("POST /v4/oa/access_token secret_key=s3cr3t&app_id=42&access_token=abc"))
                .isEqualTo("POST /v4/oa/access_token secret_key=****&app_id=42&access_token=****");
    }

    @Test
    void wordsThatOnlyMentionCredentialsAreLeftAlone() {
        String text = "Authorization failed for token:…oken-1: Expected OAuth 2 access token";

        assertThat(classification.detail(text)).isEqualTo(text);
    }

    @Test
    void blankAndMissingSecretsBlankNothing() {
        FailureClassification none = new FailureClassification(Arrays.asList(null, "", "  "));

        assertThat(none.detail("HTTP 400: bad request")).isEqualTo("HTTP 400: bad request");
    }

    @Test
    void everyFailureBuiltHereHasASafeDetail() {
        assertThat(classification.answered(400, null, null, "echo " + TOKEN).detail())
                .isEqualTo("echo ****");
        assertThat(classification
                        .failed(FailureReason.AUTH_ERROR, "refused " + TOKEN)
                        .detail())
                .isEqualTo("refused ****");
        assertThat(classification
                        .unanswered("Zalo OA", new ConnectException("to " + TOKEN))
                        .detail())
                .isEqualTo("could not reach Zalo OA: ConnectException to ****");
        assertThat(classification.detail(null)).isEmpty();
    }
}
