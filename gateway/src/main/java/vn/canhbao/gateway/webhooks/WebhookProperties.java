package vn.canhbao.gateway.webhooks;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How providers reach canhbao.
 *
 * @param publicBaseUrl the URL providers call canhbao at (e.g. {@code https://canhbao.quangninh.gov.vn}). Signatures
 *     cover the exact URL the provider called, which a proxy in front of canhbao hides; null to take it from the
 *     request.
 */
@ConfigurationProperties("canhbao.webhooks")
public record WebhookProperties(URI publicBaseUrl) {}
