package vn.canhbao.core.alert;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * What a Cancel ends and why: the earlier warning as residents know it, by the short code and time of issue its
 * messages carried, and whether the danger is over or the warning was a false alarm. Kept on the Cancel itself, so
 * every channel can name the earlier warning without repeating its (possibly false) headline or risk level as news.
 *
 * @param cancelledCode the short code of the warning cancelled, e.g. {@code K7M2QX}
 * @param cancelledSent when the warning cancelled was issued
 */
public record Cancellation(CancelReason reason, String cancelledCode, OffsetDateTime cancelledSent) {

    public Cancellation {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(cancelledCode, "cancelledCode");
        Objects.requireNonNull(cancelledSent, "cancelledSent");
    }

    /** The cancellation of {@code cancelled} for {@code reason}. */
    public static Cancellation of(Alert cancelled, CancelReason reason) {
        return new Cancellation(reason, cancelled.shortCode(), cancelled.sent());
    }

    public boolean falseAlarm() {
        return reason == CancelReason.FALSE_ALARM;
    }
}
