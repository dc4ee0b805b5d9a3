package vn.canhbao.bench;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the benchmark's adapters send ({@code canhbao.bench.*}, set by {@link BenchCommand}) and how wide: the rate
 * limits are far above what the simulators take, so the ceiling is the simulators, not our token buckets.
 *
 * @param messagesPerSecond every adapter's rate limit
 * @param smsConcurrency in-flight sends to the Twilio simulator
 * @param zaloConcurrency in-flight sends to the Zalo simulator
 * @param pushConcurrency in-flight sends to the FCM simulator
 * @param loudspeakerConcurrency in-flight sends to the loudspeaker simulator
 */
@ConfigurationProperties("canhbao.bench")
public record BenchProperties(
        URI twilioUrl,
        URI zaloUrl,
        URI fcmUrl,
        URI loudspeakerUrl,
        String zaloAccessToken,
        String zaloRefreshToken,
        double messagesPerSecond,
        int smsConcurrency,
        int zaloConcurrency,
        int pushConcurrency,
        int loudspeakerConcurrency) {}
