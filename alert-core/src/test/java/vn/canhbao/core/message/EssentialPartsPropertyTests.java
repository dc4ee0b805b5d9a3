package vn.canhbao.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.alert.AlertStatus;
import vn.canhbao.core.alert.Certainty;
import vn.canhbao.core.alert.MessageType;
import vn.canhbao.core.alert.RiskLevel;
import vn.canhbao.core.alert.Urgency;
import vn.canhbao.core.broadcast.BroadcastPages;
import vn.canhbao.core.delivery.Channel;

/**
 * Every hazard template, in both demo wards, with its own words and with long headlines and instructions, under every
 * SMS policy, and the cell broadcast in both variants: each channel's text carries the hazard, the whole headline, the risk level, the core action (the
 * instruction's first sentence), the short code and the time of issue; an SMS over its budget is flagged. #14
 */
class EssentialPartsPropertyTests {

    private static final List<String[]> DEMO_WARDS =
            List.of(new String[] {"11473", "Phường Bạch Đằng"}, new String[] {"01879", "Xã Cao Minh"});
    private static final String LONG_HEADLINE_TAIL = ", gió giật mạnh và mưa rất to kéo dài từ chiều nay đến hết đêm"
            + " mai, nước sông lên nhanh ở các thôn ven sông, đường vào các khu dân cư vùng trũng có thể bị chia cắt";
    private static final String LONG_INSTRUCTION_TAIL = " Người già, trẻ em, phụ nữ mang thai và người khuyết tật được"
            + " ưu tiên đưa đi trước bằng xe của xã. Mang theo giấy tờ tùy thân, thuốc men, đèn pin, nước uống và lương"
            + " thực đủ dùng trong ba ngày. Tắt cầu dao điện, khóa van bình ga trước khi rời nhà. Giữ liên lạc với tổ"
            + " trưởng tổ dân phố và theo dõi loa truyền thanh của xã.";
    private static final List<SmsPolicy> POLICIES = List.of(
            SmsPolicy.DEFAULT,
            new SmsPolicy(false, SmsOverBudget.MORE_SEGMENTS),
            new SmsPolicy(true, SmsOverBudget.WITHOUT_DIACRITICS));

    private final MessageRenderer renderer = new MessageRenderer();

    static Stream<Alert> alerts() {
        List<Alert> alerts = new ArrayList<>();
        for (HazardTemplate template : HazardTemplate.all()) {
            for (String[] ward : DEMO_WARDS) {
                String headline = template.headlineFor(ward[1]);
                for (String h : List.of(headline, headline + LONG_HEADLINE_TAIL)) {
                    for (String i : List.of(template.instruction(), template.instruction() + LONG_INSTRUCTION_TAIL)) {
                        alerts.add(alert(template, ward, h, i));
                    }
                }
            }
        }
        return alerts.stream();
    }

    @ParameterizedTest
    @MethodSource("alerts")
    void everyChannelCarriesEveryEssentialPart(Alert alert) {
        String action = Shortening.sentencePrefixes(alert.instruction()).getFirst();
        int level = alert.riskLevel().number();
        for (SmsPolicy policy : POLICIES) {
            SmsChoice choice = renderer.sms(alert, policy);
            SmsText sms = choice.sent();
            assertWrittenEssentials(sms.text(), sms.withoutDiacritics(), alert, action);
            assertThat(sms.segments() <= sms.segmentBudget() || choice.overBudget())
                    .as("within budget or flagged: %s", sms)
                    .isTrue();
            assertThat(choice.overBudget()).isEqualTo(sms.fit() == SmsFit.OVER_BUDGET);
        }

        for (boolean withoutDiacritics : new boolean[] {false, true}) {
            BroadcastText broadcast = new BroadcastComposer().compose(alert, withoutDiacritics);
            assertWrittenEssentials(broadcast.text(), broadcast.withoutDiacritics(), alert, action);
            assertThat(broadcast.pages().text()).isEqualTo(broadcast.text());
            assertThat(broadcast.pageCount()).isBetween(1, BroadcastPages.MAX_PAGES);
            assertThat(broadcast.overBudget()).isEqualTo(broadcast.fit() == SmsFit.OVER_BUDGET);
        }

        String zalo = text(alert, Channel.ZALO);
        assertThat(zalo)
                .contains(alert.hazard().vietnameseName().toUpperCase(AlertWording.VIETNAMESE))
                .contains(alert.headline(), "Cấp độ rủi ro " + level, action, "Mã tin K7M2QX")
                .contains("14:30 ngày 12/10/2026");

        String push = text(alert, Channel.PUSH);
        assertThat(push)
                .contains(alert.hazard().vietnameseName().toUpperCase(AlertWording.VIETNAMESE))
                .contains(alert.headline(), "Cấp độ " + level, action, "Mã tin K7M2QX", "14:30 12/10");

        String spoken = text(alert, Channel.LOUDSPEAKER);
        assertThat(spoken.toLowerCase(AlertWording.VIETNAMESE))
                .contains(alert.hazard().vietnameseName().toLowerCase(AlertWording.VIETNAMESE))
                .contains(LoudspeakerScript.spokenLevel(alert.riskLevel()));
        assertThat(spoken)
                .contains(SpokenVietnamese.spoken(alert.headline()), SpokenVietnamese.spoken(action))
                .contains("Mã tin K 7 M 2 Q X", "14 giờ 30 ngày 12 tháng 10");
    }

    /** The SMS and the cell broadcast, in the variant sent: hazard, headline, level, action, code and time. */
    private static void assertWrittenEssentials(String text, boolean plain, Alert alert, String action) {
        assertThat(text)
                .contains(form(plain, alert.hazard().vietnameseName().toUpperCase(AlertWording.VIETNAMESE)))
                .contains(form(plain, alert.headline()))
                .contains(form(plain, "Cấp độ rủi ro " + alert.riskLevel().number()))
                .contains(form(plain, action))
                .contains(form(plain, "Mã tin K7M2QX"))
                .contains("14:30 12/10");
    }

    private String text(Alert alert, Channel channel) {
        RenderedMessage message = renderer.render(alert, channel, SmsPolicy.DEFAULT);
        return message.title() + "\n" + message.body();
    }

    private static String form(boolean withoutDiacritics, String text) {
        return withoutDiacritics ? SmsComposer.plain(text) : text;
    }

    private static Alert alert(HazardTemplate template, String[] ward, String headline, String instruction) {
        RiskLevel level = RiskLevel.of(template.riskLevel()).orElseThrow();
        return new Alert(
                AlertId.random(),
                ward[0],
                MessageType.ALERT,
                AlertStatus.ACTUAL,
                template.hazard(),
                level,
                level.severity(),
                Urgency.IMMEDIATE,
                Certainty.LIKELY,
                headline,
                null,
                instruction,
                "UBND " + ward[1],
                SampleAlerts.SENT,
                SampleAlerts.SENT.plusHours(24),
                "K7M2QX",
                List.of(),
                null);
    }
}
