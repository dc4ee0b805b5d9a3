package vn.canhbao.channels.esms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.canhbao.channels.FailureReason;
import vn.canhbao.channels.SendResult;

/** Every code of eSMS's published table, as {@link EsmsAnswerClassifier} reads it. */
class EsmsAnswerClassifierTests {

    static final Map<String, FailureReason> TABLE = Map.ofEntries(
            Map.entry("99", FailureReason.OPTED_OUT),
            Map.entry("101", FailureReason.AUTH_ERROR),
            Map.entry("102", FailureReason.AUTH_ERROR),
            Map.entry("103", FailureReason.QUOTA_EXCEEDED),
            Map.entry("104", FailureReason.AUTH_ERROR),
            Map.entry("108", FailureReason.INVALID_ADDRESS),
            Map.entry("110", FailureReason.REJECTED),
            Map.entry("120", FailureReason.REJECTED),
            Map.entry("140", FailureReason.AUTH_ERROR),
            Map.entry("146", FailureReason.AUTH_ERROR),
            Map.entry("177", FailureReason.AUTH_ERROR),
            Map.entry("300", FailureReason.REJECTED));

    final EsmsAnswerClassifier classifier =
            new EsmsAnswerClassifier(EsmsConfig.of("the-api-key-000", "the-secret-key-000", "CANHBAO"));
    final UUID dispatchId = UUID.randomUUID();

    SendResult classify(String body) {
        return classifier.classify(200, body, dispatchId, null, Instant.now());
    }

    @ParameterizedTest
    @EnumSource(EsmsCode.class)
    void everyCodeOfTheTableIsClassified(EsmsCode code) {
        SendResult result = classify("{\"CodeResult\":\"" + code.code() + "\",\"CountRegenerate\":0,\"ErrorMessage\":\""
                + code.meaning() + "\",\"SMSID\":\"abc123\"}");

        if (code.taken()) {
            assertThat(result).isEqualTo(SendResult.accepted("abc123"));
        } else {
            SendResult.Failed failed = (SendResult.Failed) result;
            assertThat(failed.reason()).isEqualTo(TABLE.get(code.code()));
            assertThat(failed.retryable()).isFalse();
            assertThat(failed.detail()).contains("CodeResult " + code.code()).contains(code.meaning());
        }
    }

    @Test
    void theTableHereIsTheTableThere() {
        assertThat(TABLE).hasSize(EsmsCode.values().length - 2);
    }

    @Test
    void accountFaultsNeedAnOperatorAndInvalidNumbersDoNot() {
        for (String operatorCode : new String[] {"101", "103", "104", "140", "146", "177"}) {
            assertThat(EsmsCode.of(operatorCode).reason().needsOperator())
                    .as(operatorCode)
                    .isTrue();
        }
        assertThat(EsmsCode.of("108").reason().needsOperator()).isFalse();
        assertThat(EsmsCode.of("99").reason().needsOperator()).isFalse();
    }

    @Test
    void aDuplicateWithoutAnSmsIdTakesTheDispatchId() {
        assertThat(classify("{\"CodeResult\":\"124\",\"CountRegenerate\":0,\"ErrorMessage\":\"Request exist 1\"}"))
                .isEqualTo(SendResult.accepted(dispatchId.toString()));
    }

    @Test
    void aTemplateRefusalIsNotAnAcceptanceThoughItCarriesAnSmsId() {
        SendResult result = classify("""
                {"CodeResult":"146","CountRegenerate":0,"ErrorMessage":"Sai template Brandname CSKH","SMSID":"3f5e"}""");

        assertThat(result).isInstanceOf(SendResult.Failed.class);
    }

    @Test
    void aCodeOutsideTheTableIsAPermanentRefusalNamingIt() {
        SendResult.Failed failed = (SendResult.Failed) classify("{\"CodeResult\":\"555\",\"ErrorMessage\":\"new\"}");

        assertThat(failed.reason()).isEqualTo(FailureReason.REJECTED);
        assertThat(failed.detail()).contains("555").contains("not in eSMS's table");
    }

    @Test
    void aCodeAsANumberIsReadToo() {
        assertThat(classify("{\"CodeResult\":100,\"SMSID\":\"n1\"}")).isEqualTo(SendResult.accepted("n1"));
    }

    @Test
    void aRateLimitKeepsItsRetryAfter() {
        SendResult.Failed failed =
                (SendResult.Failed) classifier.classify(429, "Too Many Requests", dispatchId, "4", Instant.now());

        assertThat(failed.reason()).isEqualTo(FailureReason.RATE_LIMITED);
        assertThat(failed.retryAfter()).hasSeconds(4);
    }
}
