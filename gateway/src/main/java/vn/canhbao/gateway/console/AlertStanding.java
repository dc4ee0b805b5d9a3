package vn.canhbao.gateway.console;

/**
 * Where an alert stands, as the duty officer reads it in the inbox, the ward's history and on the alert's page: one
 * word for each state that asks something different of them (#14). Its label is {@code standing.<NAME>} in the
 * console's messages; its CSS class is {@code standing-<name>}.
 */
public enum AlertStanding {
    /** A draft no one has to approve: the officer may issue it. */
    DRAFT,
    /** A real alert of a two-person ward, waiting for an approver; the viewer is not one who may approve it. */
    AWAITING_APPROVAL,
    /** The same, shown to an approver who may approve it. */
    AWAITING_YOUR_APPROVAL,
    /** Approved by a second person; waits for an officer to issue it. */
    APPROVED,
    /** Issued; its messages are being planned and handed over. */
    ISSUED,
    /** Issued and every message planned. */
    SENT,
    /** Issued and past its expiry. */
    EXPIRED,
    /** Cancelled by a later Cancel. */
    CANCELLED,
    /** Cancelled as a false alarm, with a correction sent to the same people. */
    CORRECTED;

    public String label() {
        return "standing." + name();
    }

    public String cssClass() {
        return "standing-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
