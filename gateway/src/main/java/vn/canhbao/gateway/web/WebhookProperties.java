package vn.canhbao.gateway.web;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.canhbao.channels.ReplayWindow;

/**
 * How providers reach canhbao.
 *
 * @param publicBaseUrl the URL providers call canhbao at (e.g. {@code https://canhbao.quangninh.gov.vn}). Signatures
 *     cover the exact URL the provider called, which a proxy in front of canhbao hides; null to take it from the
 *     request.
 * @param maxEventAge how old a signed Zalo event or loudspeaker callback may be when it arrives (5 minutes); older
 *     ones are refused with 403, as a replay or a retry too late to act on
 * @param maxClockSkew how far ahead of canhbao's clock a signed event may be dated (1 minute)
 */
@ConfigurationProperties("canhbao.webhooks")
public record WebhookProperties(URI publicBaseUrl, Duration maxEventAge, Duration maxClockSkew) {

    public WebhookProperties {
        maxEventAge = maxEventAge == null ? Duration.ofMinutes(5) : maxEventAge;
        maxClockSkew = maxClockSkew == null ? Duration.ofMinutes(1) : maxClockSkew;
    }

    /** The window signed times must fall in. */
    public ReplayWindow replayWindow() {
        return new ReplayWindow(maxEventAge, maxClockSkew);
    }
}
