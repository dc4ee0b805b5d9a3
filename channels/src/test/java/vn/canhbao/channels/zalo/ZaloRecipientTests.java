package vn.canhbao.channels.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ZaloRecipientTests {

    @Test
    void roundTripsBothParts() {
        ZaloRecipient recipient = new ZaloRecipient("2512523625412515", "+84912345678");

        assertThat(recipient.toAddress()).isEqualTo("uid:2512523625412515;phone:+84912345678");
        assertThat(ZaloRecipient.parse(recipient.toAddress())).isEqualTo(recipient);
        assertThat(recipient.znsPhone()).isEqualTo("84912345678");
    }

    @Test
    void readsEitherPartAloneInAnyOrderAndNormalisesThePhone() {
        assertThat(ZaloRecipient.parse("phone:0912345678;uid:2512523625412515"))
                .isEqualTo(new ZaloRecipient("2512523625412515", "+84912345678"));
        assertThat(ZaloRecipient.parse("phone:84912345678")).isEqualTo(ZaloRecipient.ofPhone("+84912345678"));
        assertThat(ZaloRecipient.parse("uid:2512523625412515").phone()).isNull();
    }

    @Test
    void aBareValueIsAUserIdUnlessItStartsWithPlus() {
        assertThat(ZaloRecipient.parse("2512523625412515")).isEqualTo(ZaloRecipient.ofUser("2512523625412515"));
        assertThat(ZaloRecipient.parse("+84912345678")).isEqualTo(ZaloRecipient.ofPhone("+84912345678"));
    }

    @Test
    void refusesWhatIsNotAnAddress() {
        for (String bad : new String[] {"", "uid:", "phone:abc", "uid:1;uid:2", "email:a@b.vn", "phone:+84"}) {
            assertThatThrownBy(() -> ZaloRecipient.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
