package vn.canhbao.gateway.subscription;

import org.springframework.http.HttpStatus;

/**
 * Why the page said no. Each has words for the resident ({@code refusal.<key>} in the public message bundle), the HTTP
 * status the page is answered with and a tag for the {@code canhbao.subscription.refused} counter.
 */
enum Refusal {
    /** The ward has no policy in canhbao, so no warning would ever reach the person through it (#14, finding 9). */
    WARD_NOT_SERVED("ward-not-served", HttpStatus.CONFLICT),
    INVALID_PHONE("invalid-phone", HttpStatus.BAD_REQUEST),
    UNKNOWN_GROUP("unknown-group", HttpStatus.BAD_REQUEST),
    NAME_TOO_LONG("name-too-long", HttpStatus.BAD_REQUEST),
    PHONE_LIMIT("phone-limit", HttpStatus.TOO_MANY_REQUESTS),
    CLIENT_LIMIT("client-limit", HttpStatus.TOO_MANY_REQUESTS),
    SMS_UNAVAILABLE("sms-unavailable", HttpStatus.SERVICE_UNAVAILABLE),
    SMS_FAILED("sms-failed", HttpStatus.SERVICE_UNAVAILABLE),
    NO_CHANNEL("no-channel", HttpStatus.BAD_REQUEST),
    UNKNOWN_LANGUAGE("unknown-language", HttpStatus.BAD_REQUEST),
    CODE_MALFORMED("code-malformed", HttpStatus.BAD_REQUEST),
    CODE_WRONG("code-wrong", HttpStatus.BAD_REQUEST),
    CODE_EXPIRED("code-expired", HttpStatus.GONE),
    TOO_MANY_ATTEMPTS("too-many-attempts", HttpStatus.TOO_MANY_REQUESTS),
    CODE_USED("code-used", HttpStatus.CONFLICT),
    CODE_UNKNOWN("code-unknown", HttpStatus.NOT_FOUND),
    LINK_INVALID("link-invalid", HttpStatus.BAD_REQUEST),
    LINK_EXPIRED("link-expired", HttpStatus.GONE);

    private final String key;
    private final HttpStatus status;

    Refusal(String key, HttpStatus status) {
        this.key = key;
        this.status = status;
    }

    /** The tag value and the suffix of the message key. */
    String key() {
        return key;
    }

    String messageKey() {
        return "refusal." + key;
    }

    HttpStatus status() {
        return status;
    }

    /** Whether the person should ask for a new code rather than try this one again. */
    boolean needsNewCode() {
        return this == CODE_EXPIRED || this == TOO_MANY_ATTEMPTS || this == CODE_USED || this == CODE_UNKNOWN;
    }
}
