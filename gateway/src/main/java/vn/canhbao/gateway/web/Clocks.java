package vn.canhbao.gateway.web;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock canhbao reads the time from where a decision depends on it (an alert's expiry, escalation's next step,
 * a login lockout), so that a test can set the time rather than wait for it.
 */
@Configuration(proxyBeanMethods = false)
class Clocks {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
