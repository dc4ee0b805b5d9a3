package vn.canhbao.bench;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.canhbao.channels.firebase.FirebaseConfig;
import vn.canhbao.channels.firebase.FirebasePushAdapter;
import vn.canhbao.channels.loudspeaker.LoudspeakerAdapter;
import vn.canhbao.channels.loudspeaker.LoudspeakerConfig;
import vn.canhbao.channels.simulator.FcmSimulator;
import vn.canhbao.channels.simulator.LoudspeakerSimulator;
import vn.canhbao.channels.simulator.TwilioSimulator;
import vn.canhbao.channels.simulator.ZaloSimulator;
import vn.canhbao.channels.twilio.TwilioConfig;
import vn.canhbao.channels.twilio.TwilioSmsAdapter;
import vn.canhbao.channels.zalo.InMemoryZaloTokenStore;
import vn.canhbao.channels.zalo.ZaloConfig;
import vn.canhbao.channels.zalo.ZaloOaAdapter;
import vn.canhbao.channels.zalo.ZaloTokens;

/**
 * The four production adapters, pointed at the simulators that {@link BenchCommand} runs in another process. The
 * gateway's own adapter beans ({@code ChannelsConfiguration}) are switched off in the bench profile; these take their
 * place, so the pipeline runs unchanged against simulators it does not share a JVM with. {@link BenchCommand} adds this
 * class to the gateway's sources: outside the package the gateway scans, it is part of no other run.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BenchProperties.class)
class BenchChannels {

    @Bean
    TwilioConfig benchTwilioConfig(BenchProperties p) {
        return TwilioConfig.of(
                        TwilioSimulator.DEFAULT_ACCOUNT_SID,
                        TwilioSimulator.DEFAULT_AUTH_TOKEN,
                        "MG00000000000000000000000000000000")
                .withBaseUrl(p.twilioUrl())
                .withLimits(p.messagesPerSecond(), p.smsConcurrency())
                .validate();
    }

    @Bean(destroyMethod = "close")
    TwilioSmsAdapter benchTwilioAdapter(TwilioConfig config) {
        return new TwilioSmsAdapter(config);
    }

    @Bean
    ZaloConfig benchZaloConfig(BenchProperties p) {
        return ZaloConfig.of(
                        ZaloSimulator.DEFAULT_APP_ID,
                        ZaloSimulator.DEFAULT_APP_SECRET_KEY,
                        ZaloSimulator.DEFAULT_OA_SECRET_KEY)
                .withBaseUrl(p.zaloUrl())
                .withZnsTemplate("bench-template", null)
                .withLimits(p.messagesPerSecond(), p.zaloConcurrency())
                .validate();
    }

    @Bean(destroyMethod = "close")
    ZaloOaAdapter benchZaloAdapter(ZaloConfig config, BenchProperties p) {
        ZaloTokens tokens = new ZaloTokens(
                p.zaloAccessToken(), p.zaloRefreshToken(), Instant.now().plus(Duration.ofHours(25)));
        return new ZaloOaAdapter(config, new InMemoryZaloTokenStore(tokens));
    }

    @Bean
    FirebaseConfig benchFirebaseConfig(BenchProperties p) {
        return FirebaseConfig.forStandIn(
                        FcmSimulator.DEFAULT_PROJECT,
                        p.fcmUrl(),
                        FcmSimulator.DEFAULT_ACCESS_TOKEN,
                        URI.create("http://localhost"))
                .withLimits(p.messagesPerSecond(), p.pushConcurrency())
                .validate();
    }

    @Bean(destroyMethod = "close")
    FirebasePushAdapter benchFirebaseAdapter(FirebaseConfig config) {
        return new FirebasePushAdapter(config);
    }

    @Bean
    LoudspeakerConfig benchLoudspeakerConfig(BenchProperties p) {
        return LoudspeakerConfig.of(p.loudspeakerUrl(), LoudspeakerSimulator.DEFAULT_API_KEY)
                .withLimits(p.messagesPerSecond(), p.loudspeakerConcurrency())
                .validate();
    }

    @Bean(destroyMethod = "close")
    LoudspeakerAdapter benchLoudspeakerAdapter(LoudspeakerConfig config) {
        return new LoudspeakerAdapter(config);
    }
}
