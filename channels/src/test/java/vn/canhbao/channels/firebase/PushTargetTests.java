package vn.canhbao.channels.firebase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PushTargetTests {

    @Test
    void topicAndTokenAddressesRoundTrip() {
        assertThat(PushTarget.parse("topic:ward-11473")).isEqualTo(PushTarget.topic("ward-11473"));
        assertThat(PushTarget.parse("token:abc:DEF_123-x")).isEqualTo(PushTarget.token("abc:DEF_123-x"));
        assertThat(PushTarget.wardTopic("11473").format()).isEqualTo("topic:ward-11473");
        assertThat(PushTarget.token("abc:DEF_123-x").format()).isEqualTo("token:abc:DEF_123-x");
    }

    @Test
    void malformedAddressesAreRefusedWithoutRepeatingThem() {
        assertThatThrownBy(() -> PushTarget.parse("+84912345678"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("+84912345678");
        assertThatThrownBy(() -> PushTarget.parse("topic:ward 1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PushTarget.parse("token:")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PushTarget.parse("token:has space")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTokenIsDescribedByItsLastCharactersOnly() {
        PushTarget token = PushTarget.token("fGh1234567890:APA91bVeryLongToken");

        assertThat(token.describe()).isEqualTo("token:…gToken").isEqualTo(token.toString());
        assertThat(PushTarget.topic("ward-1").describe()).isEqualTo("topic:ward-1");
    }
}
