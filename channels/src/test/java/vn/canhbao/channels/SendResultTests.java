package vn.canhbao.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SendResultTests {

    @Test
    void failureIsRetryableAsItsReasonIs() {
        assertThat(SendResult.failed(FailureReason.TIMEOUT, "slow").retryable()).isTrue();
        assertThat(SendResult.failed(FailureReason.INVALID_ADDRESS, "bad").retryable())
                .isFalse();
        assertThat(SendResult.failed(FailureReason.RATE_LIMITED, Duration.ofSeconds(2), "slow down"))
                .isEqualTo(new SendResult.Failed(FailureReason.RATE_LIMITED, true, Duration.ofSeconds(2), "slow down"));
    }

    @Test
    void onlyChannelFaultsNeedAnOperator() {
        assertThat(FailureReason.values())
                .filteredOn(FailureReason::needsOperator)
                .containsExactlyInAnyOrder(FailureReason.AUTH_ERROR, FailureReason.QUOTA_EXCEEDED);
    }

    @Test
    void aNegativeWaitIsNoWait() {
        assertThat(SendResult.failed(FailureReason.SERVER_ERROR, Duration.ofSeconds(-1), null))
                .satisfies(failed -> {
                    assertThat(failed.retryAfter()).isZero();
                    assertThat(failed.detail()).isEmpty();
                });
    }

    @Test
    void limitsMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ChannelLimits(0, 1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new ChannelLimits(1, 0, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new ChannelLimits(1, 1, 0));
        assertThat(new ChannelLimits(0.5, 1, 1).messagesPerSecond()).isEqualTo(0.5);
    }
}
