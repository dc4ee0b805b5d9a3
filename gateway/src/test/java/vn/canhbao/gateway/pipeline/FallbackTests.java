package vn.canhbao.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.canhbao.channels.FailureReason;
import vn.canhbao.core.audience.Recipient;
import vn.canhbao.core.audience.RecipientRole;
import vn.canhbao.core.delivery.Channel;

/** Which failures send a warning to another channel, and in which order the channels are tried. */
class FallbackTests {

    @Test
    void aFailureOfTheAddressOrOfTheChannelItselfCallsForAnotherChannelAndATransientOneDoesNot() {
        assertThat(Fallback.appliesTo(FailureReason.INVALID_ADDRESS)).isTrue();
        assertThat(Fallback.appliesTo(FailureReason.OPTED_OUT)).isTrue();
        assertThat(Fallback.appliesTo(FailureReason.AUTH_ERROR))
                .as("the channel is down for an operator")
                .isTrue();
        assertThat(Fallback.appliesTo(FailureReason.QUOTA_EXCEEDED)).isTrue();
        assertThat(Fallback.appliesTo(FailureReason.SERVER_ERROR))
                .as("retried; fallback alongside after a run of them")
                .isFalse();
        assertThat(Fallback.appliesTo(FailureReason.EXPIRED))
                .as("too late on every channel")
                .isFalse();
        assertThat(Fallback.appliesTo(FailureReason.REJECTED)).isFalse();
    }

    @Test
    void thePersonsNextChannelsComeFirstThenThePersonalChannelsTheyDidNotChoose() {
        Recipient r = new Recipient(
                UUID.randomUUID(),
                "01879",
                null,
                "Lò Thị Mai",
                "+84912345678",
                RecipientRole.RESIDENT,
                false,
                "vi",
                null,
                null,
                List.of(Channel.ZALO, Channel.SMS));

        assertThat(Fallback.order(r, Channel.ZALO)).containsExactly(Channel.SMS, Channel.PUSH);
        assertThat(Fallback.order(r, Channel.SMS)).containsExactly(Channel.PUSH);
        assertThat(Fallback.order(r, Channel.PUSH))
                .as("a fallback that failed in turn: every channel the person chose")
                .containsExactly(Channel.ZALO, Channel.SMS);
    }
}
