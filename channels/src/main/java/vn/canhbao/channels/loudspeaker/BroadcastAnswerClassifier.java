package vn.canhbao.channels.loudspeaker;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import vn.canhbao.channels.FailureReason;
import vn.canhbao.channels.RetryAfter;
import vn.canhbao.channels.SendResult;

/**
 * Turns a broadcast gateway's answer to a create into a {@link SendResult}, by HTTP status and the contract's error
 * code ({@code docs/loudspeaker-api.md}, "Errors"), never by the wording of a message.
 */
final class BroadcastAnswerClassifier {

    private static final int MAX_DETAIL = 500;

    private final LoudspeakerFieldMapping mapping;
    private final String[] secrets;

    BroadcastAnswerClassifier(LoudspeakerConfig config) {
        this.mapping = config.mapping();
        this.secrets = new String[] {config.authValue(), config.authToken(), config.callbackSecret()};
    }

    /**
     * @param location the answer's {@code Location} header, or {@code null}
     * @param retryAfter the answer's {@code Retry-After} header, or {@code null}
     */
    SendResult classify(int status, String body, String location, String retryAfter, UUID dispatchId, Instant now) {
        JsonNode json = JsonFields.parseOrNull(body);
        if (status >= 200 && status < 300) {
            String id = JsonFields.text(json, mapping.broadcastIdPath());
            if (id == null) {
                // The vendor may have created it; a retry carries the same Idempotency-Key and finds it (409).
                return SendResult.failed(
                        FailureReason.SERVER_ERROR,
                        detail("HTTP " + status + " without a broadcast id at " + mapping.broadcastIdPath() + ": "
                                + body));
            }
            return SendResult.accepted(id);
        }
        if (status == 409) {
            // A create with this Idempotency-Key was taken before (our retry after a timeout): it is the same
            // broadcast.
            String id = JsonFields.text(json, mapping.broadcastIdPath());
            if (id == null) {
                id = lastSegment(location);
            }
            return SendResult.accepted(id == null ? dispatchId.toString() : id);
        }
        String code = JsonFields.text(json, mapping.errorCodePath());
        String message = JsonFields.text(json, mapping.errorMessagePath());
        String said = "HTTP " + status + (code == null ? "" : " " + code) + ": "
                + (message != null ? message : body == null ? "" : body);
        Duration wait = RetryAfter.parse(retryAfter, now);
        return SendResult.failed(reason(status, code), wait, detail(said));
    }

    /** What went wrong when no answer came. */
    SendResult noAnswer(FailureReason reason, String what, Exception failure) {
        return SendResult.failed(reason, detail(what + ": " + failure));
    }

    private FailureReason reason(int status, String code) {
        if (status == 401 || status == 403) {
            return FailureReason.AUTH_ERROR;
        }
        if (status == 429) {
            return FailureReason.RATE_LIMITED;
        }
        if (status == 408) {
            return FailureReason.TIMEOUT;
        }
        if (status >= 400 && status < 500) {
            return code != null && mapping.invalidClusterCodes().contains(code)
                    ? FailureReason.INVALID_ADDRESS
                    : FailureReason.REJECTED;
        }
        // 5xx, and anything a create should never answer (1xx, 3xx: we do not follow redirects with a body).
        return FailureReason.SERVER_ERROR;
    }

    private String detail(String text) {
        String redacted = text == null ? "" : text;
        for (String secret : secrets) {
            if (secret != null && !secret.isBlank()) {
                redacted = redacted.replace(secret, "****");
            }
        }
        return redacted.length() <= MAX_DETAIL ? redacted : redacted.substring(0, MAX_DETAIL) + "…";
    }

    private static String lastSegment(String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        String path = location.replaceAll("[?#].*$", "").replaceAll("/+$", "");
        String segment = path.substring(path.lastIndexOf('/') + 1);
        return segment.isBlank() ? null : segment;
    }
}
