package vn.canhbao.core.alert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.message.MessageRenderer;
import vn.canhbao.core.message.SampleAlerts;
import vn.canhbao.core.message.SmsOverBudget;
import vn.canhbao.core.message.SmsPolicy;

class ShortCodeTests {

    private static final SmsPolicy ALWAYS_WITHOUT_DIACRITICS = new SmsPolicy(true, SmsOverBudget.WITHOUT_DIACRITICS);

    @Test
    void everyChannelsTextNamesTheAlertsCodeWhereItCanBeFound() {
        Alert alert = SampleAlerts.luQuetCaoMinh();
        MessageRenderer renderer = new MessageRenderer();

        assertThat(ShortCode.in(
                        renderer.render(alert, Channel.ZALO, SmsPolicy.DEFAULT).body()))
                .contains(alert.shortCode());
        assertThat(ShortCode.in(
                        renderer.render(alert, Channel.SMS, SmsPolicy.DEFAULT).body()))
                .contains(alert.shortCode());
        assertThat(ShortCode.in(renderer.render(alert, Channel.SMS, ALWAYS_WITHOUT_DIACRITICS)
                        .body()))
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
