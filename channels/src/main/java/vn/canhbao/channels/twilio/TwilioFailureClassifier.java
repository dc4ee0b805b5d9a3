package vn.canhbao.channels.twilio;

import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import vn.canhbao.channels.FailureClassification;
import vn.canhbao.channels.FailureReason;
import vn.canhbao.channels.RetryAfter;
import vn.canhbao.channels.SendResult;

/**
 * Turns what went wrong in a Twilio create into a {@link SendResult.Failed}, by Twilio's numeric error code
 * (https://www.twilio.com/docs/api/errors) and otherwise the HTTP status, never by the wording of a message. The
 * status, the timeouts, the detail's cap and blanking are the shared {@link FailureClassification}; the codes are
 * Twilio's own.
 */
final class TwilioFailureClassifier {

    /** Invalid 'To' phone number. */
    static final int INVALID_TO = 21211;
    /** 'To' is not a mobile number (cannot receive SMS). */
    static final int TO_NOT_MOBILE = 21614;
    /** The recipient replied STOP: "Attempt to send to unsubscribed recipient". */
    static final int UNSUBSCRIBED = 21610;
    /** Authentication error. */
    static final int AUTHENTICATION = 20003;
    /** Too many concurrent REST requests; "never processed and always safe to retry". */
    static final int TOO_MANY_REQUESTS = 20429;
    /** Queue overflow: sent faster than the sender's throughput for too long; try again later. */
    static final int QUEUE_OVERFLOW = 30001;
    /** The 'From' number has exceeded the maximum number of queued messages; try again later. */
    static final int SENDER_QUEUE_FULL = 21611;

    private final FailureClassification shared;

    TwilioFailureClassifier(String accountSid, String authToken) {
        // The SDK sends the token as HTTP Basic credentials; an echoed request would show them in that form.
        String basic =
                Base64.getEncoder().encodeToString((accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8));
        this.shared = new FailureClassification(List.of(authToken, basic));
    }

    /**
     * @param answer Twilio's HTTP answer, or {@code null} when none came (timeout, connection failure)
     */
    SendResult.Failed classify(TwilioException failure, TwilioAnswer answer, Instant now) {
        if (answer == null) {
            // HttpClient 5's connect and pool-lease timeouts are InterruptedIOExceptions, which the shared rule reads
            // as a request that may have gone out; with these nothing was sent, so they are NETWORK, not TIMEOUT.
            boolean notSent = causedBy(failure, ConnectTimeoutException.class)
                    || causedBy(failure, ConnectionRequestTimeoutException.class);
            return shared.unanswered(
                    "Twilio", notSent ? FailureReason.NETWORK : FailureClassification.withoutAnswer(failure), failure);
        }
        int status = answer.status();
        Integer code = failure instanceof ApiException api ? api.getCode() : null;
        String said = "HTTP " + status + (code == null ? "" : ", Twilio error " + code) + ": " + failure.getMessage();
        return shared.answered(
                status, code == null ? null : reason(code), RetryAfter.parse(answer.retryAfter(), now), said);
    }

    /** The reason Twilio's own code names, or {@code null} to go by the status. */
    private static FailureReason reason(int code) {
        return switch (code) {
            case INVALID_TO, TO_NOT_MOBILE -> FailureReason.INVALID_ADDRESS;
            case UNSUBSCRIBED -> FailureReason.OPTED_OUT;
            case AUTHENTICATION -> FailureReason.AUTH_ERROR;
            case TOO_MANY_REQUESTS, QUEUE_OVERFLOW, SENDER_QUEUE_FULL -> FailureReason.RATE_LIMITED;
            default -> null;
        };
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
