package vn.canhbao.bench;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.canhbao.channels.ProviderLimits;
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
        return new TwilioConfig(
                        TwilioSimulator.DEFAULT_ACCOUNT_SID,
                        TwilioSimulator.DEFAULT_AUTH_TOKEN,
                        "MG00000000000000000000000000000000",
                        null,
                        null,
                        p.twilioUrl(),
                        limits(p, p.smsConcurrency()))
                .validate();
    }

    @Bean(destroyMethod = "close")
    TwilioSmsAdapter benchTwilioAdapter(TwilioConfig config) {
        return new TwilioSmsAdapter(config);
    }

    @Bean
    ZaloConfig benchZaloConfig(BenchProperties p) {
        return new ZaloConfig(
                        ZaloSimulator.DEFAULT_APP_ID,
                        ZaloSimulator.DEFAULT_APP_SECRET_KEY,
                        ZaloSimulator.DEFAULT_OA_SECRET_KEY,
                        p.zaloUrl(),
                        null,
                        null,
                        null,
                        "bench-template",
                        null,
                        limits(p, p.zaloConcurrency()))
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
        return new FirebaseConfig(
                        FcmSimulator.DEFAULT_PROJECT,
                        null,
                        FcmSimulator.DEFAULT_ACCESS_TOKEN,
                        p.fcmUrl(),
                        null,
                        limits(p, p.pushConcurrency()),
                        URI.create("http://localhost"))
                .validate();
    }

    @Bean(destroyMethod = "close")
    FirebasePushAdapter benchFirebaseAdapter(FirebaseConfig config) {
        return new FirebasePushAdapter(config);
    }

    @Bean
    LoudspeakerConfig benchLoudspeakerConfig(BenchProperties p) {
        return new LoudspeakerConfig(
                        p.loudspeakerUrl(),
                        null,
                        LoudspeakerSimulator.DEFAULT_API_KEY,
                        null,
                        null,
                        0,
                        null,
                        null,
                        limits(p, p.loudspeakerConcurrency()))
                .validate();
    }

    @Bean(destroyMethod = "close")
    LoudspeakerAdapter benchLoudspeakerAdapter(LoudspeakerConfig config) {
        return new LoudspeakerAdapter(config);
    }

    /** The bench's rate for every channel, with each channel's concurrency and the providers' default timeouts. */
    private static ProviderLimits limits(BenchProperties p, int maxConcurrency) {
        return new ProviderLimits(null, null, p.messagesPerSecond(), maxConcurrency);
    }
}
