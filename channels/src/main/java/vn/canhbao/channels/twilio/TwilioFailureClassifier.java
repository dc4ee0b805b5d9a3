package vn.canhbao.channels.twilio;

import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import vn.canhbao.channels.FailureReason;
import vn.canhbao.channels.RetryAfter;
import vn.canhbao.channels.SendResult;

/**
 * Turns what went wrong in a Twilio create into a {@link SendResult.Failed}, by HTTP status and Twilio's numeric
 * error code (https://www.twilio.com/docs/api/errors), never by the wording of a message.
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

    private static final int MAX_DETAIL = 500;

    private final String[] secrets;

    TwilioFailureClassifier(String accountSid, String authToken) {
        String basic =
                Base64.getEncoder().encodeToString((accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8));
        this.secrets = new String[] {authToken, basic};
    }

    /**
     * @param answer Twilio's HTTP answer, or {@code null} when none came (timeout, connection failure)
     */
    SendResult.Failed classify(TwilioException failure, TwilioAnswer answer, Instant now) {
        if (answer == null) {
            boolean timedOut = causedBy(failure, SocketTimeoutException.class);
            return SendResult.failed(
                    timedOut ? FailureReason.TIMEOUT : FailureReason.NETWORK,
                    detail((timedOut ? "no answer from Twilio within the read timeout: " : "could not reach Twilio: ")
                            + failure.getMessage()));
        }
        int status = answer.status();
        Integer code = failure instanceof ApiException api ? api.getCode() : null;
        Duration retryAfter = RetryAfter.parse(answer.retryAfter(), now);
        String said = "HTTP " + status + (code == null ? "" : ", Twilio error " + code) + ": " + failure.getMessage();
        if (status >= 200 && status < 300) {
            // Twilio took it but we could not read the Message resource: retry rather than lose the warning.
            return SendResult.failed(FailureReason.SERVER_ERROR, detail("unreadable answer, " + said));
        }
        return SendResult.failed(reason(status, code), retryAfter, detail(said));
    }

    private static FailureReason reason(int status, Integer code) {
        if (code != null) {
            switch (code) {
                case INVALID_TO, TO_NOT_MOBILE -> {
                    return FailureReason.INVALID_ADDRESS;
                }
                case UNSUBSCRIBED -> {
                    return FailureReason.OPTED_OUT;
                }
                case AUTHENTICATION -> {
                    return FailureReason.AUTH_ERROR;
                }
                case TOO_MANY_REQUESTS, QUEUE_OVERFLOW, SENDER_QUEUE_FULL -> {
                    return FailureReason.RATE_LIMITED;
                }
                default -> {
                    // classified by status below
                }
            }
        }
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
            return FailureReason.REJECTED;
        }
        return FailureReason.SERVER_ERROR;
    }

    private String detail(String text) {
        String redacted = text == null ? "" : text;
        for (String secret : secrets) {
            redacted = redacted.replace(secret, "****");
        }
        return redacted.length() <= MAX_DETAIL ? redacted : redacted.substring(0, MAX_DETAIL) + "…";
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
