package vn.canhbao.gateway.local;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.canhbao.channels.simulator.EcbeSimulator;
import vn.canhbao.channels.simulator.EsmsSimulator;
import vn.canhbao.channels.simulator.FcmSimulator;
import vn.canhbao.channels.simulator.LoudspeakerSimulator;
import vn.canhbao.channels.simulator.TwilioSimulator;
import vn.canhbao.channels.simulator.ZaloSimulator;

/**
 * The provider simulators (both SMS providers, Zalo, FCM, loudspeakers, a CBC's ECBE interface), started in-process on random ports. When they run, the adapters send to them instead of the
 * real providers (see {@code ChannelsConfiguration}). The demo wards' Zalo followers, app tokens and loudspeaker
 * clusters are made known to them (see {@code DemoWards}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "canhbao.simulators.enabled", havingValue = "true")
class LocalSimulators {

    @Bean(destroyMethod = "stop")
    TwilioSimulator twilioSimulator() {
        return new TwilioSimulator().start(0);
    }

    /**
     * eSMS, whichever provider carries SMS: the other is there to fail over to. With
     * {@code canhbao.simulators.esms-reports} (local mode) it reports every message delivered to its CallbackUrl, as
     * eSMS would.
     */
    @Bean(destroyMethod = "stop")
    EsmsSimulator esmsSimulator(@Value("${canhbao.simulators.esms-reports:false}") boolean reports) {
        return new EsmsSimulator().start(0).autoReports(reports);
    }

    @Bean(destroyMethod = "stop")
    ZaloSimulator zaloSimulator() {
        return new ZaloSimulator().start(0);
    }

    @Bean(destroyMethod = "stop")
    FcmSimulator fcmSimulator() {
        return new FcmSimulator().start(0);
    }

    @Bean(destroyMethod = "stop")
    LoudspeakerSimulator loudspeakerSimulator() {
        return new LoudspeakerSimulator().start(0, "127.0.0.1");
    }

    /** A CBC's ECBE interface, unless {@code CANHBAO_CBC_URL} names a real CBC to talk to. */
    @Bean(destroyMethod = "stop")
    @ConditionalOnExpression("'${canhbao.channels.cbc.base-url:}'.isBlank()")
    EcbeSimulator ecbeSimulator() {
        return new EcbeSimulator().start(0, "127.0.0.1");
    }
}
