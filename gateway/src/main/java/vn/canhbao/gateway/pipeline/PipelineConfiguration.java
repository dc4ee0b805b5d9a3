package vn.canhbao.gateway.pipeline;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.backoff.ExponentialBackOff;
import vn.canhbao.channels.ChannelAdapter;

/** Wires the pipeline: adapters by channel, and what a listener does when its work fails. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PipelineConfiguration {

    @Bean
    ChannelAdapters channelAdapters(List<ChannelAdapter> adapters) {
        return new ChannelAdapters(adapters);
    }

    /**
     * A batch whose work fails (the database is down, the broker does not acknowledge) is retried with backoff, without
     * end: its offsets are not committed, so nothing is skipped, and the consumer lag shows the stall.
     */
    @Bean
    CommonErrorHandler pipelineErrorHandler() {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(30_000);
        return new DefaultErrorHandler(backOff);
    }
}
