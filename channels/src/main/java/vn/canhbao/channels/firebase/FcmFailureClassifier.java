package vn.canhbao.channels.firebase;

import com.google.api.client.json.GenericJson;
import com.google.api.client.json.gson.GsonFactory;
import com.google.auth.Retryable;
import com.google.firebase.ErrorCode;
import com.google.firebase.IncomingHttpResponse;
import com.google.firebase.messaging.FirebaseMessagingException;
import com.google.firebase.messaging.MessagingErrorCode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.canhbao.channels.FailureClassification;
import vn.canhbao.channels.FailureReason;
import vn.canhbao.channels.RetryAfter;
import vn.canhbao.channels.SendResult;

/**
 * Turns what went wrong in an FCM send into a {@link SendResult.Failed}: by FCM's typed error code
 * ({@link MessagingErrorCode}, https://firebase.google.com/docs/reference/fcm/rest/v1/ErrorCode), then the platform
 * code ({@link ErrorCode}), then the HTTP status, never by the wording of a message. The codes are FCM's own; the
 * status, the timeouts, the detail's cap and blanking are the shared {@link FailureClassification}.
 */
final class FcmFailureClassifier {

    private static final String BAD_REQUEST = "type.googleapis.com/google.rpc.BadRequest";
    private static final String TOKEN_FIELD = "message.token";

    private final FailureClassification shared;

    /** @param secrets values that must never appear in a detail (the bearer token) */
    FcmFailureClassifier(List<String> secrets) {
        this.shared = new FailureClassification(secrets);
    }

    /**
     * @param answer FCM's HTTP answer to the attempt, or {@code null} when none came (timeout, connection failure)
     */
    SendResult.Failed classify(FirebaseMessagingException failure, FcmAnswer answer, PushTarget target, Instant now) {
        if (answer == null) {
            return withoutAnswer(failure, target);
        }
        MessagingErrorCode fcmCode = failure.getMessagingErrorCode();
        // The SDK's HTTP response is missing only when it tried a second request and the transport refused it; the
        // platform code is then about that refusal, not about FCM's answer.
        IncomingHttpResponse response = failure.getHttpResponse();
        ErrorCode platformCode = response == null ? null : failure.getErrorCode();
        String said = "HTTP " + answer.status() + (fcmCode == null ? "" : ", " + fcmCode)
                + (platformCode == null ? "" : " (" + platformCode + ")") + " for " + target.describe() + ": "
                + failure.getMessage();
        FailureReason reason = fcmCode == null ? null : byFcmCode(fcmCode, target, response);
        if (reason == null && platformCode != null) {
            reason = byPlatformCode(platformCode);
        }
        return shared.answered(answer.status(), reason, RetryAfter.parse(answer.retryAfter(), now), said);
    }

    /** A failure outside FCM's answers: credentials that cannot be loaded, an SDK fault. */
    SendResult.Failed classify(RuntimeException failure, FcmAnswer answer, PushTarget target) {
        String said = failure.getClass().getSimpleName() + " for " + target.describe() + ": " + failure.getMessage();
        if (answer == null) {
            return shared.failed(FailureReason.SERVER_ERROR, said);
        }
        return shared.failed(FailureClassification.byStatus(answer.status()), "HTTP " + answer.status() + ", " + said);
    }

    private SendResult.Failed withoutAnswer(FirebaseMessagingException failure, PushTarget target) {
        Retryable credentials = causeOfType(failure, Retryable.class);
        if (credentials != null) {
            // Google's token endpoint refused or failed before anything reached FCM.
            return shared.failed(
                    credentials.isRetryable() ? FailureReason.NETWORK : FailureReason.AUTH_ERROR,
                    "could not get an access token: " + failure.getMessage());
        }
        return shared.unanswered("FCM for " + target.describe(), failure);
    }

    /** The reason FCM's own code gives, or {@code null} for a code this adapter does not know. */
    private static FailureReason byFcmCode(MessagingErrorCode code, PushTarget target, IncomingHttpResponse response) {
        return switch (code) {
            // The token is gone (app uninstalled, token rotated) or belongs to another sender: retire it.
            case UNREGISTERED, SENDER_ID_MISMATCH -> FailureReason.INVALID_ADDRESS;
            case INVALID_ARGUMENT ->
                target.isToken() && blamesToken(response) ? FailureReason.INVALID_ADDRESS : FailureReason.REJECTED;
            // FCM asks senders to back off and retry after the minute, honouring Retry-After.
            case QUOTA_EXCEEDED -> FailureReason.RATE_LIMITED;
            case UNAVAILABLE, INTERNAL -> FailureReason.SERVER_ERROR;
            // APNs or web-push credentials in the Firebase console are wrong: an operator must fix them.
            case THIRD_PARTY_AUTH_ERROR -> FailureReason.AUTH_ERROR;
            // A code added by a later SDK: fall back to the platform code and the status.
            default -> null;
        };
    }

    /** The reason the platform code gives, or {@code null} to go by the status. */
    private static FailureReason byPlatformCode(ErrorCode code) {
        return switch (code) {
            case UNAUTHENTICATED, PERMISSION_DENIED -> FailureReason.AUTH_ERROR;
            case RESOURCE_EXHAUSTED -> FailureReason.RATE_LIMITED;
            case DEADLINE_EXCEEDED -> FailureReason.TIMEOUT;
            default -> null;
        };
    }

    /**
     * Whether an {@code INVALID_ARGUMENT} is about the registration token. FCM names the field in a
     * {@code google.rpc.BadRequest} detail when it says which one; it also answers a malformed token with no field at
     * all (https://github.com/firebase/firebase-admin-java/issues/1064). A violation naming another field (a data key,
     * the TTL) is about the message, and the token stays.
     */
    static boolean blamesToken(IncomingHttpResponse response) {
        List<String> fields = violatedFields(response == null ? null : response.getContent());
        return fields.isEmpty() || fields.contains(TOKEN_FIELD);
    }

    static List<String> violatedFields(String errorBody) {
        List<String> fields = new ArrayList<>();
        if (errorBody == null || errorBody.isBlank()) {
            return fields;
        }
        try {
            GenericJson body = GsonFactory.getDefaultInstance().fromString(errorBody, GenericJson.class);
            if (!(body.get("error") instanceof Map<?, ?> error) || !(error.get("details") instanceof List<?> details)) {
                return fields;
            }
            for (Object detail : details) {
                if (detail instanceof Map<?, ?> d
                        && BAD_REQUEST.equals(d.get("@type"))
                        && d.get("fieldViolations") instanceof List<?> violations) {
                    for (Object violation : violations) {
                        if (violation instanceof Map<?, ?> v && v.get("field") instanceof String field) {
                            fields.add(field);
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // Not Google's error format: no field is named.
        }
        return fields;
    }

    private static <T> T causeOfType(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
