package vn.canhbao.channels.zalo;

import java.util.Objects;
import vn.canhbao.channels.FailureReason;

/**
 * No usable access token: the OA was never authorised, Zalo refused the refresh token, or the rotated pair could not be
 * saved. The send that needed the token fails with {@link #reason()}, usually {@link FailureReason#AUTH_ERROR}; the
 * message never holds a token.
 */
public final class ZaloAuthException extends Exception {

    private final FailureReason reason;

    public ZaloAuthException(FailureReason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public FailureReason reason() {
        return reason;
    }
}
