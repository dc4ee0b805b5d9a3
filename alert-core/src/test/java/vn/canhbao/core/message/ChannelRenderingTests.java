package vn.canhbao.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.text.VietnameseText;

class ChannelRenderingTests {

    private static final SmsPolicy ALWAYS_WITHOUT_DIACRITICS = new SmsPolicy(true, SmsOverBudget.WITHOUT_DIACRITICS);
    /** A ward that sends diacritics whatever the cost, so every channel's text has them. */
    private static final SmsPolicy WITH_DIACRITICS = new SmsPolicy(false, SmsOverBudget.MORE_SEGMENTS);

    private final MessageRenderer renderer = new MessageRenderer();

    static Stream<Alert> samples() {
        Alert caoMinh = SampleAlerts.luQuetCaoMinh();
        return Stream.of(
                caoMinh, SampleAlerts.baoBachDang(), SampleAlerts.cancelOf(caoMinh), SampleAlerts.updateOf(caoMinh));
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    void anExerciseIsMarkedFirstOnEveryChannel(Channel channel) {
        samples().map(SampleAlerts::asExercise).forEach(drill -> {
            RenderedMessage message = renderer.render(drill, channel, WITH_DIACRITICS);

            assertThat(message.title()).startsWith("[DIỄN TẬP] ");
            if (channel == Channel.LOUDSPEAKER) {
                assertThat(message.body()).startsWith("Đây là tin diễn tập. ").endsWith(" Đây là tin diễn tập.");
            } else {
                assertThat(message.body()).startsWith("[DIỄN TẬP] ");
            }
        });
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aRealWarningIsNotMarked(Alert alert) {
        for (Channel channel : Channel.values()) {
            RenderedMessage message = renderer.render(alert, channel, SmsPolicy.DEFAULT);

            assertThat(message.title()).doesNotContain("DIỄN TẬP", "THỬ NGHIỆM");
            assertThat(message.body()).doesNotContain("DIỄN TẬP", "diễn tập", "THỬ NGHIỆM");
        }
    }

    @Test
    void smsIsTheComposersTextInTheWardsChoice() {
        Alert alert = SampleAlerts.luQuetCaoMinh();

        RenderedMessage plain = renderer.render(alert, Channel.SMS, ALWAYS_WITHOUT_DIACRITICS);
        RenderedMessage marked = renderer.render(alert, Channel.SMS, WITH_DIACRITICS);

        assertThat(plain.body())
                .isEqualTo(renderer.smsPreview(alert).withoutDiacritics().text());
        assertThat(plain.title()).isEqualTo("CANH BAO LU QUET");
        assertThat(marked.body())
                .isEqualTo(renderer.sms(alert, WITH_DIACRITICS).sent().text())
                .isEqualTo(renderer.smsPreview(alert).withDiacritics().text());
        assertThat(marked.title()).isEqualTo("CẢNH BÁO LŨ QUÉT");
    }

    @ParameterizedTest
    @EnumSource(
            value = Channel.class,
            names = {"ZALO", "PUSH", "LOUDSPEAKER"})
    void onlySmsHasAKhongDauVariant(Channel channel) {
        Alert alert = SampleAlerts.luQuetCaoMinh();

        assertThat(renderer.render(alert, channel, ALWAYS_WITHOUT_DIACRITICS))
                .isEqualTo(renderer.render(alert, channel, SmsPolicy.DEFAULT));
        assertThat(renderer.render(alert, channel, ALWAYS_WITHOUT_DIACRITICS).body())
                .contains("Người dân ven suối");
    }

    @Test
    void zaloCarriesTheWholeWarningWithItsDescription() {
        Alert bao = SampleAlerts.baoBachDang();

        RenderedMessage zalo = renderer.render(bao, Channel.ZALO, SmsPolicy.DEFAULT);

        assertThat(zalo.title()).isEqualTo("CẢNH BÁO BÃO – Cấp độ rủi ro 4 (rủi ro rất lớn)");
        assertThat(zalo.body().lines().toList())
                .containsExactly(
                        "CẢNH BÁO BÃO – Cấp độ rủi ro 4 (rủi ro rất lớn)",
                        bao.headline() + ".",
                        SampleAlerts.BAO_DESCRIPTION,
                        "Khuyến cáo: " + bao.instruction(),
                        "Mã tin K7M2QX. Phát lúc 14:30 ngày 12/10/2026 – Ban Chỉ huy PCTT và TKCN xã Cao Minh.",
                        "Hiệu lực đến 02:30 ngày 13/10/2026.");
    }

    @Test
    void zaloShortensAnOverlongDescriptionButNoEssential() {
        Alert alert = SampleAlerts.withDescription(
                SampleAlerts.baoBachDang(), (SampleAlerts.BAO_DESCRIPTION + " ").repeat(6));

        RenderedMessage zalo = renderer.render(alert, Channel.ZALO, SmsPolicy.DEFAULT);

        assertThat(zalo.body().length()).isLessThanOrEqualTo(ZaloText.MAX_CHARACTERS);
        assertThat(zalo.body())
                .contains("…", alert.headline(), alert.instruction(), "Mã tin K7M2QX", "14:30 ngày 12/10/2026");
    }

    @Test
    void pushSaysWhatAndHowSeriousInTheTitleAndWhatToDoInTheBody() {
        RenderedMessage push = renderer.render(SampleAlerts.luQuetCaoMinh(), Channel.PUSH, SmsPolicy.DEFAULT);

        assertThat(push.title()).isEqualTo("CẢNH BÁO LŨ QUÉT – Cấp độ 3");
        assertThat(push.body())
                .isEqualTo("Nguy cơ lũ quét trên các suối nhỏ tại Xã Cao Minh trong 6 giờ tới. Người dân ven suối di"
                        + " chuyển ngay đến nơi an toàn, không qua ngầm tràn. Mã tin K7M2QX, phát lúc 14:30 12/10.");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void pushKeepsToItsLimitsWithoutEverCuttingTheHeadline(Alert alert) { // #14
        for (Alert variant : List.of(alert, SampleAlerts.asExercise(alert))) {
            RenderedMessage push = renderer.render(variant, Channel.PUSH, SmsPolicy.DEFAULT);

            String headline = AlertWording.headline(variant, AlertWording::shortTime);
            String firstSentence = Shortening.sentencePrefixes(variant.instruction()).stream()
                    .findFirst()
                    .orElse(variant.instruction());
            assertThat(push.title().length()).isLessThanOrEqualTo(PushNotification.MAX_TITLE);
            assertThat(push.body())
                    .contains(
                            headline,
                            firstSentence,
                            "Mã tin " + variant.shortCode(),
                            AlertWording.shortTime(variant.sent()));
            if (push.body().length() > PushNotification.MAX_BODY && !firstSentence.equals(variant.instruction())) {
                assertThat(push.body()).doesNotContain(variant.instruction().substring(firstSentence.length()));
            }
        }
    }

    @Test
    void aLongPushKeepsTheWholeHeadlineAndTheInstructionsFirstSentences() { // #14
        Alert bao = SampleAlerts.baoHaiPhong("11473", "UBND Phường Bạch Đằng");

        RenderedMessage push = renderer.render(bao, Channel.PUSH, SmsPolicy.DEFAULT);

        assertThat(push.body())
                .isEqualTo("Bão số 3 đổ bộ vào Hải Phòng trong 3 giờ tới, gió giật cấp 14. Chằng chống nhà cửa, hạ cây"
                        + " dễ đổ. Tàu thuyền vào nơi tránh trú. Hộ ở nhà yếu, ven biển di dời đến điểm sơ tán trước khi"
                        + " gió mạnh. Mã tin K7M2QX, phát lúc 14:30 12/10.");
    }

    @Test
    void everyPushTitleFitsWhateverTheHazardKindStatusAndLevel() {
        int longest = 0;
        for (var hazard : vn.canhbao.core.alert.Hazard.values()) {
            for (var type : vn.canhbao.core.alert.MessageType.values()) {
                for (var status : vn.canhbao.core.alert.AlertStatus.values()) {
                    Alert alert = SampleAlerts.of(type, status, hazard, vn.canhbao.core.alert.RiskLevel.LEVEL_5);
                    longest = Math.max(longest, PushNotification.title(alert).length());
                }
            }
        }
        assertThat(longest).isLessThanOrEqualTo(PushNotification.MAX_TITLE);
    }

    @Test
    void theLoudspeakerSpeaksTheLevelAndTimeInWordsAndRepeatsTheKeySentence() {
        String script = renderer.render(SampleAlerts.luQuetCaoMinh(), Channel.LOUDSPEAKER, SmsPolicy.DEFAULT)
                .body();

        String key = "cảnh báo lũ quét, cấp độ rủi ro ba, rủi ro lớn. Người dân ven suối di chuyển ngay đến nơi an"
                + " toàn, không qua ngầm tràn.";
        assertThat(script)
                .startsWith("Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã Cao Minh thông báo. Cảnh báo lũ"
                        + " quét, cấp độ rủi ro ba, rủi ro lớn.")
                .contains("Mưa lớn 100 đến 150 mi-li-mét trong 24 giờ qua")
                .contains("Tin phát lúc 14 giờ 30 ngày 12 tháng 10. Mã tin K 7 M 2 Q X.")
                .endsWith("Xin nhắc lại: " + key)
                .doesNotContain("K7M2QX", "[", "]", "PCTT", "LU_QUET", "–");
    }

    @Test
    void theLoudspeakerWritesUnitsAndRangesAsSpoken() {
        assertThat(SpokenVietnamese.spoken("gió 118–133 km/h, nước dâng 2-3 m, mưa 200 mm, cách 150 km, 39°C"))
                .isEqualTo("gió 118 đến 133 ki-lô-mét một giờ, nước dâng 2 đến 3 mét, mưa 200 mi-li-mét, cách 150"
                        + " ki-lô-mét, 39 độ C");
        assertThat(SpokenVietnamese.spoken("UBND phường, đài KTTV, Hải Phòng – Quảng Ninh"))
                .isEqualTo("Ủy ban nhân dân phường, đài khí tượng thủy văn, Hải Phòng – Quảng Ninh");
    }

    @Test
    void aCancelIsSpokenAsACancelWithoutTheEarlierLevel() { // #14
        String script = renderer.render(
                        SampleAlerts.cancelOf(SampleAlerts.luQuetCaoMinh()), Channel.LOUDSPEAKER, SmsPolicy.DEFAULT)
                .body();

        assertThat(script)
                .contains("Hủy cảnh báo lũ quét. Tin cảnh báo lũ quét mã K 7 M 2 Q X phát lúc 14 giờ 30 ngày 12 tháng"
                        + " 10 đã được hủy.")
                .contains("Xin nhắc lại: tin cảnh báo lũ quét mã K 7 M 2 Q X")
                .doesNotContain("cấp độ rủi ro", "Nguy cơ lũ quét");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everythingButTheKhongDauSmsIsWrittenWithDiacritics(Alert alert) {
        for (Channel channel : Channel.values()) {
            String body = renderer.render(alert, channel, WITH_DIACRITICS).body();

            assertThat(VietnameseText.withoutDiacritics(body)).isNotEqualTo(body);
        }
    }
}
