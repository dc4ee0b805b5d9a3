package vn.canhbao.channels.loudspeaker;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import vn.canhbao.channels.FailureClassification;
import vn.canhbao.channels.FailureReason;
import vn.canhbao.channels.RetryAfter;
import vn.canhbao.channels.SendResult;

/**
 * Turns a broadcast gateway's answer to a create into a {@link SendResult}, by HTTP status and the contract's error
 * code ({@code docs/loudspeaker-api.md}, "Errors"), never by the wording of a message. The invalid-cluster codes
 * and the idempotent 409 are the contract's own; the status, the timeouts, the detail's cap and blanking are the shared
 * {@link FailureClassification}.
 */
final class BroadcastAnswerClassifier {

    private final LoudspeakerFieldMapping mapping;
    private final FailureClassification shared;

    BroadcastAnswerClassifier(LoudspeakerConfig config) {
        this.mapping = config.mapping();
        this.shared = new FailureClassification(
                Arrays.asList(config.authValue(), config.authToken(), config.callbackSecret()));
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
                return shared.failed(
                        FailureReason.SERVER_ERROR,
                        "HTTP " + status + " without a broadcast id at " + mapping.broadcastIdPath() + ": " + body);
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
        return shared.answered(status, reason(status, code), RetryAfter.parse(retryAfter, now), said);
    }

    /** What went wrong when no answer came (the request timed out, was interrupted, or never connected). */
    SendResult noAnswer(Exception failure) {
        return shared.unanswered("the loudspeaker gateway", failure);
    }

    /** The reason the vendor's own error code names, or {@code null} to go by the status. */
    private FailureReason reason(int status, String code) {
        // The contract's invalid-cluster codes come with a 4xx; the same code on a 5xx is the gateway failing.
        boolean clientError = status >= 400 && status < 500;
        return clientError && code != null && mapping.invalidClusterCodes().contains(code)
                ? FailureReason.INVALID_ADDRESS
                : null;
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
