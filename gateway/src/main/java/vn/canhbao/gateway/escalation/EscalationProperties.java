package vn.canhbao.gateway.escalation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The defaults of a ward's escalation (an ADMIN sets a ward's own at {@code PUT /api/v1/wards/{ward}/escalation}), and
 * how often the clock looks at what is due.
 *
 * @param resendAfter after this long without a confirmation, the leader is sent the warning again by SMS
 * @param callAfter then a voice call to the leader, and the duty officer is alerted in the console
 * @param unreachedAfter then the group is marked unreached, so the officer sends someone
 * @param allLeaders whether every leader of a group must confirm (otherwise one is enough)
 */
@ConfigurationProperties("canhbao.escalation")
public record EscalationProperties(
        @DefaultValue("10m") Duration resendAfter,
        @DefaultValue("20m") Duration callAfter,
        @DefaultValue("30m") Duration unreachedAfter,
        @DefaultValue("false") boolean allLeaders,
        @DefaultValue("5s") Duration tick) {}
