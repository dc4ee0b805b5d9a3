package vn.canhbao.gateway.authenticity;

import java.time.OffsetDateTime;

/**
 * What canhbao tells anyone who checks the public code of a genuine, issued alert: enough to match the message they
 * hold (ward, hazard, headline, time) and to know whether it still stands.
 *
 * @param inForce issued, not expired and not cancelled (a Cancel message is never in force itself)
 * @param cancelled a Cancel of this alert has been issued
 * @param corrected it was cancelled by a correction: the warning was a mistake, and the correction says what is true
 * @param expired its {@code expires} has passed
 */
public record GenuineAlert(
        boolean genuine,
        String code,
        String ward,
        String wardName,
        String province,
        String hazard,
        String hazardName,
        Integer riskLevel,
        String headline,
        OffsetDateTime issuedAt,
        OffsetDateTime expires,
        boolean inForce,
        boolean exercise,
        boolean cancelled,
        boolean corrected,
        boolean expired,
        String msgType) {}
