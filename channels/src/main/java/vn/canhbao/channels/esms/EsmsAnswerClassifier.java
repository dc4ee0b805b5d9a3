package vn.canhbao.channels.esms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import vn.canhbao.channels.FailureClassification;
import vn.canhbao.channels.FailureReason;
import vn.canhbao.channels.RetryAfter;
import vn.canhbao.channels.SendResult;

/**
 * Turns eSMS's answer to a send into a {@link SendResult}, by its {@code CodeResult} ({@link EsmsCode}) and otherwise
 * the HTTP status, never by the wording of {@code ErrorMessage}. The status, the timeouts, the detail's cap and
 * blanking are the shared {@link FailureClassification}; the codes are eSMS's own.
 */
final class EsmsAnswerClassifier {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FailureClassification shared;

    EsmsAnswerClassifier(EsmsConfig config) {
        this.shared = new FailureClassification(Arrays.asList(
                config.apiKey(),
                config.secretKey(),
                config.callbackUrl() == null ? null : EsmsCallbacks.secretOf(config.callbackUrl())));
    }

    /**
     * @param dispatchId the RequestId sent, the message's id when eSMS refuses it as our own duplicate and names none
     * @param retryAfter the answer's {@code Retry-After} header, or {@code null}
     */
    SendResult classify(int status, String body, UUID dispatchId, String retryAfter, Instant now) {
        JsonNode json = parseOrNull(body);
        String codeResult = text(json, "CodeResult");
        EsmsCode code = EsmsCode.of(codeResult);
        boolean ok = status >= 200 && status < 300;
        if (ok && code == EsmsCode.ACCEPTED) {
            String smsId = text(json, "SMSID");
            // Without an id a later receipt cannot be tied to it; the retry carries the same RequestId, so eSMS
            // answers 124 and nothing is sent twice.
            return smsId != null
                    ? SendResult.accepted(smsId)
                    : shared.failed(FailureReason.SERVER_ERROR, "eSMS CodeResult 100 without an SMSID: " + body);
        }
        if (ok && code == EsmsCode.DUPLICATE_REQUEST) {
            // eSMS answers 124 without the first request's SMSID; the receipts carry our RequestId, the dispatch id.
            String smsId = text(json, "SMSID");
            return SendResult.accepted(smsId != null ? smsId : dispatchId.toString());
        }
        String said = "HTTP " + status
                + (codeResult == null
                        ? ""
                        : ", eSMS CodeResult " + codeResult
                                + (code == null ? " (not in eSMS's table)" : " (" + code.meaning() + ")"))
                + ": " + (text(json, "ErrorMessage") != null ? text(json, "ErrorMessage") : body);
        return shared.answered(status, reason(ok, codeResult, code), RetryAfter.parse(retryAfter, now), said);
    }

    /** An address that is not a Vietnamese mobile number: eSMS cannot deliver it, so it is not sent. */
    SendResult notVietnamese(String address) {
        return shared.failed(
                FailureReason.INVALID_ADDRESS, "eSMS delivers only to Vietnamese mobile numbers, not " + address);
    }

    /** What went wrong when no answer came (the request timed out, was interrupted, or never connected). */
    SendResult noAnswer(Exception failure) {
        return shared.unanswered("eSMS", failure);
    }

    /**
     * The reason the code names; a code outside the table on a 2xx is a refusal we cannot read further (permanent, the
     * detail names it); no code at all goes by the status.
     */
    private static FailureReason reason(boolean ok, String codeResult, EsmsCode code) {
        if (code != null) {
            return code.reason();
        }
        return ok && codeResult != null ? FailureReason.REJECTED : null;
    }

    private static JsonNode parseOrNull(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode node = json == null ? null : json.get(field);
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String text = node.asText();
        return text.isBlank() ? null : text;
    }
}
