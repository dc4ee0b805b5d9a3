package vn.canhbao.core.alert;

/**
 * Why a Cancel ends an earlier warning. CAP 1.2 has one {@code msgType} Cancel for both; residents must be told which,
 * because "the storm has passed" and "there never was a storm" ask different things of them.
 */
public enum CancelReason {
    /** The danger is over or the warning is no longer needed: "Tin cảnh báo … đã được hủy". */
    ENDED,
    /** The earlier warning was a mistake (a false alarm); the Cancel says so and what is true instead. */
    FALSE_ALARM
}
