package vn.canhbao.channels;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How far a signed callback's own time may be from ours. A signature proves who wrote a request, not when it was
 * sent: a captured request stays valid for ever unless its signed time is checked. A Zalo reply "Đã nhận" replayed
 * hours later would otherwise confirm a warning the leader never saw. Requests older than {@code maxAge} or dated
 * more than {@code maxSkew} ahead are refused.
 *
 * @param maxAge how old a request may be when it arrives: the provider's delivery delay and a little clock drift
 * @param maxSkew how far ahead of our clock a request may be dated: clock drift only
 */
public record ReplayWindow(Duration maxAge, Duration maxSkew) {

    /** Where a signed time falls. */
    public enum Position {
        WITHIN,
        TOO_OLD,
        FROM_THE_FUTURE
    }

    public ReplayWindow {
        Objects.requireNonNull(maxAge, "maxAge");
        Objects.requireNonNull(maxSkew, "maxSkew");
        if (maxAge.isNegative() || maxSkew.isNegative()) {
            throw new IllegalArgumentException("a replay window cannot be negative");
        }
    }

    /** Where {@code signedAt} falls as seen at {@code now}. */
    public Position position(Instant signedAt, Instant now) {
        if (signedAt.isBefore(now.minus(maxAge))) {
            return Position.TOO_OLD;
        }
        if (signedAt.isAfter(now.plus(maxSkew))) {
            return Position.FROM_THE_FUTURE;
        }
        return Position.WITHIN;
    }
}
