package vn.canhbao.gateway.alerts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How canhbao publishes its alerts as CAP.
 *
 * @param sender the CAP {@code sender} of what canhbao publishes, e.g. {@code canhbao@thainguyen.gov.vn}
 */
@ConfigurationProperties("canhbao.cap")
public record CapProperties(
        @DefaultValue("canhbao@localhost") String sender) {}
