package vn.canhbao.gateway.providers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** #16: a limit set under its old flat name stops the start, naming the new key, instead of being ignored. */
class MovedLimitKeysTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(ChannelsConfiguration.class)
            .withPropertyValues("canhbao.channels.twilio.enabled=false");

    @Test
    void anOldFlatKeyStopsTheStartNamingTheNewOne() {
        context.withPropertyValues("canhbao.channels.twilio.messages-per-second=5")
                .run(app -> assertThat(app)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("canhbao.channels.twilio.messages-per-second is now"
                                + " canhbao.channels.twilio.limits.messages-per-second"));
    }

    @Test
    void everyOldKeyIsNamedEvenOfAChannelThatIsOff() {
        context.withPropertyValues(
                        "canhbao.channels.zalo.max-concurrency=4",
                        "canhbao.channels.firebase.connectTimeout=2s",
                        "canhbao.channels.loudspeaker.read-timeout=3s")
                .run(app -> assertThat(app)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("canhbao.channels.zalo.limits.max-concurrency")
                        .hasMessageContaining("canhbao.channels.firebase.limits.connect-timeout")
                        .hasMessageContaining("canhbao.channels.loudspeaker.limits.read-timeout"));
    }

    @Test
    void theNewKeysStart() {
        context.withPropertyValues(
                        "canhbao.channels.zalo.limits.max-concurrency=4",
                        "canhbao.channels.loudspeaker.limits.read-timeout=3s")
                .run(app -> assertThat(app).hasNotFailed());
    }
}
