package vn.canhbao.gateway.registry;

import vn.canhbao.core.message.SmsOverBudget;
import vn.canhbao.core.message.SmsPolicy;

/**
 * How a ward that uses canhbao handles upstream bulletins.
 *
 * @param autoIssue issue an alert for the ward as soon as a bulletin reaches it, rather than draft one for the duty
 *     officer
 * @param smsWithoutDiacritics always send SMS in the không-dấu variant, which fits more text in a segment
 * @param twoPersonApproval a real alert an officer writes needs an approver other than its author before it is issued
 *     (bulletins from trusted upstream senders follow {@code autoIssue} instead)
 * @param requireSignedBulletins auto-issue only bulletins whose XML signature canhbao verified against a trusted
 *     certificate; an unsigned one becomes a draft for the duty officer to check
 * @param smsOverBudget what to send when the SMS with diacritics does not fit its budget even shortened: more
 *     segments, or the không-dấu text (the default, for residents with old phones: see {@link SmsOverBudget})
 */
public record WardPolicy(
        String wardCode,
        boolean autoIssue,
        boolean smsWithoutDiacritics,
        boolean twoPersonApproval,
        boolean requireSignedBulletins,
        SmsOverBudget smsOverBudget) {

    public WardPolicy {
        smsOverBudget = smsOverBudget == null ? SmsPolicy.DEFAULT.overBudget() : smsOverBudget;
    }

    /** A policy that takes unsigned bulletins as signed ones, with the default SMS choice. */
    public WardPolicy(String wardCode, boolean autoIssue, boolean smsWithoutDiacritics, boolean twoPersonApproval) {
        this(wardCode, autoIssue, smsWithoutDiacritics, twoPersonApproval, false);
    }

    /** A policy with the default SMS choice. */
    public WardPolicy(
            String wardCode,
            boolean autoIssue,
            boolean smsWithoutDiacritics,
            boolean twoPersonApproval,
            boolean requireSignedBulletins) {
        this(wardCode, autoIssue, smsWithoutDiacritics, twoPersonApproval, requireSignedBulletins, null);
    }

    /** The ward's SMS choices, as the renderer takes them. */
    public SmsPolicy smsPolicy() {
        return new SmsPolicy(smsWithoutDiacritics, smsOverBudget);
    }
}
