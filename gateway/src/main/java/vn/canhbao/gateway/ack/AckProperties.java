package vn.canhbao.gateway.ack;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How leaders confirm.
 *
 * @param baseUrl where a leader's phone reaches canhbao, for the confirmation link in their messages (e.g.
 *     {@code https://canhbao.thainguyen.gov.vn}); keep it short, it is in every leader's SMS
 */
@ConfigurationProperties("canhbao.ack")
public record AckProperties(URI baseUrl) {}
