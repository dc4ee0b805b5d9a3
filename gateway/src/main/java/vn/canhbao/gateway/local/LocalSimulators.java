package vn.canhbao.gateway.local;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.canhbao.channels.simulator.TwilioSimulator;

/**
 * The provider simulators, started in-process on random ports. When they run, the adapters send to them instead of the
 * real providers (see {@code ChannelsConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "canhbao.simulators.enabled", havingValue = "true")
class LocalSimulators {

    @Bean(destroyMethod = "stop")
    TwilioSimulator twilioSimulator() {
        return new TwilioSimulator().start(0);
    }
}
