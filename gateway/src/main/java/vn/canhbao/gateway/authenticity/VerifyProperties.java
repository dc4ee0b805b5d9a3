package vn.canhbao.gateway.authenticity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the public code check.
 *
 * @param requestsPerMinute checks one client address may make per minute (page and API together); 30 lets a person
 *     check every message they get, while trying the 594 million codes would take one address over 37,000 years
 */
@ConfigurationProperties("canhbao.verify")
public record VerifyProperties(@DefaultValue("30") int requestsPerMinute) {}
