package vn.canhbao.gateway.alerts;

/** Where an alert stands in canhbao: written, issued, or planned into dispatches. */
public enum AlertState {
    /** Waiting for the duty officer (wards that do not auto-issue). */
    DRAFT,
    /** Issued; its audience is being planned. */
    ISSUED,
    /** Every dispatch is written and on its channel's topic. */
    PLANNED
}
