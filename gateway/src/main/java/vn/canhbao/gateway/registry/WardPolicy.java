package vn.canhbao.gateway.registry;

/**
 * How a ward that uses canhbao handles upstream bulletins.
 *
 * @param autoIssue issue an alert for the ward as soon as a bulletin reaches it, rather than draft one for the duty
 *     officer
 * @param smsWithoutDiacritics send SMS in the không-dấu variant, which fits more text in a segment
 * @param twoPersonApproval a real alert an officer writes needs an approver other than its author before it is issued
 *     (bulletins from trusted upstream senders follow {@code autoIssue} instead)
 * @param requireSignedBulletins auto-issue only bulletins whose XML signature canhbao verified against a trusted
 *     certificate; an unsigned one becomes a draft for the duty officer to check
 */
public record WardPolicy(
        String wardCode,
        boolean autoIssue,
        boolean smsWithoutDiacritics,
        boolean twoPersonApproval,
        boolean requireSignedBulletins) {

    /** A policy that takes unsigned bulletins as signed ones. */
    public WardPolicy(String wardCode, boolean autoIssue, boolean smsWithoutDiacritics, boolean twoPersonApproval) {
        this(wardCode, autoIssue, smsWithoutDiacritics, twoPersonApproval, false);
    }
}
