package vn.canhbao.core.alert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.message.MessageRenderer;
import vn.canhbao.core.message.SampleAlerts;

class ShortCodeTests {

    @Test
    void everyChannelsTextNamesTheAlertsCodeWhereItCanBeFound() {
        Alert alert = SampleAlerts.luQuetCaoMinh();
        MessageRenderer renderer = new MessageRenderer();

        assertThat(ShortCode.in(renderer.render(alert, Channel.ZALO, false).body()))
                .contains(alert.shortCode());
        assertThat(ShortCode.in(renderer.render(alert, Channel.SMS, false).body()))
                .contains(alert.shortCode());
        assertThat(ShortCode.in(renderer.render(alert, Channel.SMS, true).body()))
                .contains(alert.shortCode());
    }

    @Test
    void aTextWithoutACodeHasNone() {
        assertThat(ShortCode.in("Cảnh báo lũ quét tại Xã Cao Minh")).isEmpty();
        assertThat(ShortCode.in(null)).isEmpty();
    }

    @Test
    void codesAvoidLookAlikes() {
        for (int i = 0; i < 200; i++) {
            assertThat(ShortCode.next()).matches("[23456789ABCDEFGHJKMNPQRSTWXYZ]{6}");
        }
    }
}
