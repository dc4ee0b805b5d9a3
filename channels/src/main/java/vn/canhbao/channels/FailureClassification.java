package vn.canhbao.channels;

import java.io.InterruptedIOException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of classifying a provider's failure that every adapter shares, written once: an HTTP status to a
 * {@link FailureReason}, a request that got no answer to {@link FailureReason#TIMEOUT} or
 * {@link FailureReason#NETWORK}, and a {@code detail} that is capped and holds no secret. A provider's own classifier
 * keeps only its error codes and hands the reason they name in as {@code providerSays}; that reason wins over the
 * status family, because a provider's code is the more specific word (FCM answers a token of another sender with HTTP
 * 403 and {@code SENDER_ID_MISMATCH}: an address to retire, not our credentials).
 *
 * <p>One instance per adapter, holding the secrets that adapter sends; immutable and thread-safe.
 */
public final class FailureClassification {

    /** The longest detail kept: a provider's code and message fit, a whole HTML error page does not. */
    public static final int MAX_DETAIL = 500;

    /** What a secret becomes in a detail. */
    public static final String BLANKED = "****";

    /**
     * A credential named in the text, as a header ({@code Authorization: Bearer …}), a JSON field
     * ({@code "access_token":"…"}) or a form or query parameter ({@code secret_key=…}): its value is blanked even when
     * the adapter does not know it, e.g. a token Zalo issued after the adapter started.
     */
    private static final Pattern CREDENTIAL = Pattern.compile(
            "(?i)(?<![\\w-])((?:proxy-)?authorization|access_token|refresh_token|secret_key|client_secret|x-api-key"
                    + "|api_key)(\"?\\s*[:=]\\s*\"?)((?:bearer|basic)\\s+)?[^\\s\"',;&}]+");

    private final List<String> secrets;

    /**
     * @param secrets the values this adapter sends that must never reach a detail, in every form the adapter sends
     *     them (a token, and e.g. the Basic credentials built from it); {@code null} and blank values are ignored
     */
    public FailureClassification(Collection<String> secrets) {
        // Longest first, so that a secret containing another is blanked whole.
        this.secrets = secrets.stream()
                .filter(secret -> secret != null && !secret.isBlank())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    /**
     * The reason an HTTP status gives by itself: 401 and 403 are our credentials, 429 a rate limit, 408 a timeout, any
     * other 4xx a permanent refusal; 5xx, and anything a failed request should never answer (1xx, a 2xx we could not
     * read, a 3xx: adapters do not follow redirects), a server error.
     */
    public static FailureReason byStatus(int status) {
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

    /**
     * The reason for a request that got no answer, from the exception and its causes, in the JDK's terms:
     * {@link FailureReason#NETWORK} when nothing was sent ({@link HttpConnectTimeoutException}; a refused or reset
     * connection, an unknown host), {@link FailureReason#TIMEOUT} when the request may have gone out and no answer came
     * in time ({@link HttpTimeoutException}, {@link java.net.SocketTimeoutException}, or the wait was
     * interrupted).
     */
    public static FailureReason withoutAnswer(Throwable failure) {
        boolean mayHaveGoneOut = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpConnectTimeoutException) {
                return FailureReason.NETWORK;
            }
            // InterruptedIOException covers SocketTimeoutException (a read timeout) and an interrupted I/O wait.
            if (t instanceof HttpTimeoutException
                    || t instanceof InterruptedIOException
                    || t instanceof InterruptedException) {
                mayHaveGoneOut = true;
            }
        }
        return mayHaveGoneOut ? FailureReason.TIMEOUT : FailureReason.NETWORK;
    }

    /**
     * A failure the provider answered.
     *
     * @param providerSays the reason the provider's own code names, or {@code null} to go by the status alone
     * @param retryAfter the wait the provider asked for, or {@code null}; kept only when the reason is retryable
     * @param said what the provider answered, in words for the dead-letter reader
     */
    public SendResult.Failed answered(int status, FailureReason providerSays, Duration retryAfter, String said) {
        if (providerSays == null && status >= 200 && status < 300) {
            // The provider took it but we could not read the answer: retry rather than lose the warning.
            return SendResult.failed(FailureReason.SERVER_ERROR, detail("unreadable answer, " + said));
        }
        FailureReason reason = providerSays != null ? providerSays : byStatus(status);
        return SendResult.failed(reason, reason.retryable() ? retryAfter : null, detail(said));
    }

    /** A request to {@code provider} (e.g. "Twilio") that got no answer, by {@link #withoutAnswer}. */
    public SendResult.Failed unanswered(String provider, Throwable failure) {
        return unanswered(provider, withoutAnswer(failure), failure);
    }

    /** A request to {@code provider} that got no answer, for a reason the adapter has decided. */
    public SendResult.Failed unanswered(String provider, FailureReason reason, Throwable failure) {
        String what = reason == FailureReason.TIMEOUT
                ? "no answer from " + provider + " in time"
                : "could not reach " + provider;
        return SendResult.failed(reason, detail(what + ": " + rootCause(failure)));
    }

    /** A failure of the adapter's own choosing, its detail made safe. */
    public SendResult.Failed failed(FailureReason reason, String said) {
        return SendResult.failed(reason, detail(said));
    }

    /**
     * {@code text} with every secret blanked, then cut to {@link #MAX_DETAIL} characters (blanking first, so that a
     * secret across the cut leaves no part behind).
     */
    public String detail(String text) {
        String blanked = text == null ? "" : text;
        for (String secret : secrets) {
            blanked = blanked.replace(secret, BLANKED);
        }
        blanked = CREDENTIAL
                .matcher(blanked)
                .replaceAll(match -> Matcher.quoteReplacement(
                        match.group(1) + match.group(2) + Objects.requireNonNullElse(match.group(3), "") + BLANKED));
        if (blanked.length() <= MAX_DETAIL) {
            return blanked;
        }
        int cut = Character.isHighSurrogate(blanked.charAt(MAX_DETAIL - 1)) ? MAX_DETAIL - 1 : MAX_DETAIL;
        return blanked.substring(0, cut) + "…";
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " " + root.getMessage());
    }
}
