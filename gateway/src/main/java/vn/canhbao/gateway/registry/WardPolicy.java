package vn.canhbao.gateway.registry;

/**
 * How a ward that uses canhbao handles upstream bulletins.
 *
 * @param autoIssue issue an alert for the ward as soon as a bulletin reaches it, rather than draft one for the duty
 *     officer
 * @param smsWithoutDiacritics send SMS in the không-dấu variant, which fits more text in a segment
 * @param twoPersonApproval a real alert an officer writes needs an approver other than its author before it is issued
 *     (bulletins from trusted upstream senders follow {@code autoIssue} instead)
 */
public record WardPolicy(String wardCode, boolean autoIssue, boolean smsWithoutDiacritics, boolean twoPersonApproval) {}
