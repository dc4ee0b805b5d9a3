package vn.canhbao.gateway.providers;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.canhbao.channels.ChannelAdapter;
import vn.canhbao.channels.ChannelLimits;
import vn.canhbao.channels.FailureReason;
import vn.canhbao.channels.SendResult;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Dispatch;
import vn.canhbao.core.delivery.Tier;
import vn.canhbao.gateway.SettableClock;

/** Which provider each send goes to, what the dispatcher is told, and what is counted. */
class FailoverSmsAdapterTests {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-04T10:00:00Z"));
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Provider esms = new Provider("esms-id", 20);
    private final Provider twilio = new Provider("SM-id", 10);
    private final FailoverSmsAdapter adapter = new FailoverSmsAdapter(
            new FailoverSmsAdapter.Route(SmsProvider.ESMS, esms),
            new FailoverSmsAdapter.Route(SmsProvider.TWILIO, twilio),
            new SmsCircuitBreaker(
                    new SmsCircuitBreaker.Settings(3, 0.5, Duration.ofSeconds(10), Duration.ofSeconds(30)), clock),
            meters);

    @Test
    void theMessageIdSaysWhichProviderTookIt() {
        assertThat(adapter.send(dispatch())).isEqualTo(SendResult.accepted("esms:esms-id"));
        failPrimary(3, FailureReason.SERVER_ERROR);
        assertThat(adapter.send(dispatch())).isEqualTo(SendResult.accepted("SM-id"));
        assertThat(meters.counter("canhbao.sms.provider", "provider", "esms", "outcome", "accepted")
                        .count())
                .isEqualTo(1);
        assertThat(meters.counter("canhbao.sms.provider", "provider", "esms", "outcome", "failed")
                        .count())
                .isEqualTo(3);
        assertThat(meters.counter("canhbao.sms.provider", "provider", "twilio", "outcome", "accepted")
                        .count())
                .isEqualTo(1);
    }

    @Test
    void transientFaultsOfThePrimaryReachTheDispatcherAndThenMoveTheTrafficToTheSecondary() {
        for (FailureReason reason :
                List.of(FailureReason.SERVER_ERROR, FailureReason.TIMEOUT, FailureReason.RATE_LIMITED)) {
            esms.answers.add(SendResult.failed(reason, "down"));
            SendResult result = adapter.send(dispatch());
            assertThat(result).isInstanceOf(SendResult.Failed.class);
            assertThat(((SendResult.Failed) result).reason()).isEqualTo(reason);
        }
        assertThat(gauge()).isEqualTo(1);
        adapter.send(dispatch());
        assertThat(twilio.sent).hasSize(1);
        assertThat(esms.sent).hasSize(3);
    }

    @Test
    void aRefusalOfOneMessageNeverMovesTheTraffic() {
        for (int i = 0; i < 10; i++) {
            esms.answers.add(
                    SendResult.failed(i % 2 == 0 ? FailureReason.INVALID_ADDRESS : FailureReason.OPTED_OUT, ""));
            SendResult result = adapter.send(dispatch());
            assertThat(((SendResult.Failed) result).retryable()).isFalse();
        }
        assertThat(gauge()).isZero();
        assertThat(twilio.sent).isEmpty();
    }

    @Test
    void anAccountFaultOfThePrimaryIsRetryableForTheSecondaryCanSend() {
        esms.answers.add(SendResult.failed(FailureReason.QUOTA_EXCEEDED, "balance"));
        SendResult.Failed failed = (SendResult.Failed) adapter.send(dispatch());
        assertThat(failed.reason()).isEqualTo(FailureReason.QUOTA_EXCEEDED);
        assertThat(failed.retryable()).isTrue();
    }

    @Test
    void itReturnsToThePrimaryOnceAProbeGoesThrough() {
        failPrimary(3, FailureReason.NETWORK);
        clock.advance(Duration.ofSeconds(30));
        assertThat(adapter.send(dispatch())).isEqualTo(SendResult.accepted("esms:esms-id"));
        assertThat(gauge()).isZero();
        adapter.send(dispatch());
        assertThat(twilio.sent).isEmpty();
        assertThat(esms.sent).hasSize(5);
    }

    @Test
    void anSmsWhoseProbeTheStillFailingPrimaryFailsGoesThroughTheSecondaryAtOnce() {
        failPrimary(3, FailureReason.NETWORK);
        clock.advance(Duration.ofSeconds(30));
        esms.answers.add(SendResult.failed(FailureReason.SERVER_ERROR, "still down"));
        Dispatch lone = dispatch();

        assertThat(adapter.send(lone)).isEqualTo(SendResult.accepted("SM-id"));

        assertThat(esms.sent).hasSize(4).last().isEqualTo(lone);
        assertThat(twilio.sent).containsExactly(lone);
        assertThat(gauge()).as("the breaker is open again").isEqualTo(1);
    }

    @Test
    void eachProviderHasItsOwnBreakerSoAnEsmsOutageMovesOnlyTheEsmsAreas() {
        Provider esmsFirst = new Provider("esms-id", 20);
        Provider twilioFirst = new Provider("SM-id", 10);
        SmsCircuitBreaker.Settings settings =
                new SmsCircuitBreaker.Settings(3, 0.5, Duration.ofSeconds(10), Duration.ofSeconds(30));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        // Numbers of one province go to eSMS first; the others to Twilio, the installation's primary.
        FailoverSmsAdapter byArea = new FailoverSmsAdapter(
                SmsProvider.TWILIO,
                java.util.Map.of(SmsProvider.TWILIO, twilioFirst, SmsProvider.ESMS, esmsFirst),
                true,
                provider -> new SmsCircuitBreaker(settings, clock),
                d -> d.address().startsWith("+8491") ? SmsProvider.ESMS : SmsProvider.TWILIO,
                meters);
        for (int i = 0; i < 3; i++) {
            esmsFirst.answers.add(SendResult.failed(FailureReason.SERVER_ERROR, "down"));
            byArea.send(sms("+84912000001"));
        }

        assertThat(byArea.send(sms("+84912000002"))).isEqualTo(SendResult.accepted("SM-id"));
        assertThat(byArea.send(sms("+84988000003"))).isEqualTo(SendResult.accepted("SM-id"));
        assertThat(meters.get("canhbao.sms.failover.open")
                        .tag("primary", "esms")
                        .gauge()
                        .value())
                .isEqualTo(1);
        assertThat(meters.get("canhbao.sms.failover.open")
                        .tag("primary", "twilio")
                        .gauge()
                        .value())
                .as("the Twilio areas never left Twilio")
                .isZero();
        assertThat(esmsFirst.sent).hasSize(3);
        assertThat(twilioFirst.sent).extracting(Dispatch::address).containsExactly("+84912000002", "+84988000003");
    }

    @Test
    void withoutFailoverAnAreaStillGoesToItsOwnProvider() {
        Provider esmsFirst = new Provider("esms-id", 20);
        Provider twilioFirst = new Provider("SM-id", 10);
        FailoverSmsAdapter byArea = new FailoverSmsAdapter(
                SmsProvider.TWILIO,
                java.util.Map.of(SmsProvider.TWILIO, twilioFirst, SmsProvider.ESMS, esmsFirst),
                false,
                provider -> new SmsCircuitBreaker(SmsCircuitBreaker.Settings.DEFAULTS, clock),
                d -> d.address().startsWith("+8491") ? SmsProvider.ESMS : SmsProvider.TWILIO,
                new SimpleMeterRegistry());
        esmsFirst.answers.add(SendResult.failed(FailureReason.SERVER_ERROR, "down"));

        assertThat(byArea.send(sms("+84912000001"))).isInstanceOf(SendResult.Failed.class);
        assertThat(byArea.send(sms("+84988000003"))).isEqualTo(SendResult.accepted("SM-id"));
        assertThat(byArea.secondary()).isEmpty();
        assertThat(twilioFirst.sent).extracting(Dispatch::address).containsExactly("+84988000003");
    }

    @Test
    void withoutASecondaryEverySendGoesToThePrimary() {
        FailoverSmsAdapter alone = new FailoverSmsAdapter(
                new FailoverSmsAdapter.Route(SmsProvider.TWILIO, twilio),
                null,
                new SmsCircuitBreaker(SmsCircuitBreaker.Settings.DEFAULTS, clock),
                new SimpleMeterRegistry());
        for (int i = 0; i < 10; i++) {
            twilio.answers.add(SendResult.failed(FailureReason.SERVER_ERROR, ""));
            alone.send(dispatch());
        }
        assertThat(alone.send(dispatch())).isEqualTo(SendResult.accepted("SM-id"));
        assertThat(twilio.sent).hasSize(11);
    }

    @Test
    void theChannelIsPacedToThePrimarysLimits() {
        assertThat(adapter.limits().messagesPerSecond()).isEqualTo(20);
    }

    private void failPrimary(int times, FailureReason reason) {
        for (int i = 0; i < times; i++) {
            esms.answers.add(SendResult.failed(reason, "down"));
            adapter.send(dispatch());
        }
        assertThat(gauge()).isEqualTo(1);
    }

    private double gauge() {
        return meters.get("canhbao.sms.failover.open")
                .tag("primary", "esms")
                .gauge()
                .value();
    }

    private static Dispatch dispatch() {
        return sms("+84912000001");
    }

    /** An SMS dispatch to {@code address}, of an alert of its own. */
    static Dispatch sms(String address) {
        return new Dispatch(
                UUID.randomUUID(),
                new AlertId(UUID.randomUUID()),
                UUID.randomUUID(),
                Channel.SMS,
                Tier.EVERYONE,
                address,
                "",
                "Cảnh báo",
                0,
                null);
    }

    /** A provider that answers from a queue, then accepts. */
    private static final class Provider implements ChannelAdapter {
        final Deque<SendResult> answers = new ArrayDeque<>();
        final List<Dispatch> sent = new ArrayList<>();
        final String id;
        final double rate;

        Provider(String id, double rate) {
            this.id = id;
            this.rate = rate;
        }

        @Override
        public Channel channel() {
            return Channel.SMS;
        }

        @Override
        public SendResult send(Dispatch dispatch) {
            sent.add(dispatch);
            SendResult next = answers.poll();
            return next == null ? SendResult.accepted(id) : next;
        }

        @Override
        public ChannelLimits limits() {
            return new ChannelLimits(rate, 4, 1);
        }
    }
}
