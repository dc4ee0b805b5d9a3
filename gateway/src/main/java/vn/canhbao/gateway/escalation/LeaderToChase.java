package vn.canhbao.gateway.escalation;

import java.util.UUID;

/**
 * A leader of a silent group: their SMS dispatch of the alert (whose link they confirm with) and their phone.
 *
 * @param smsDispatchId the dispatch whose confirmation link a reminder repeats; null when they got no SMS
 */
record LeaderToChase(UUID recipientId, String name, String phone, UUID smsDispatchId) {}
