package vn.canhbao.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.delivery.Channel;

/** The exact texts each channel sends for the cases of issue 14: a storm, its correction, a plain cancel, a drill. */
class WhatResidentsReadTests {

    private static final String CORRECTION = "Không có bão, người dân sinh hoạt bình thường.";

    private final MessageRenderer renderer = new MessageRenderer();

    @ParameterizedTest
    @ValueSource(strings = {"11473", "01879"}) // Phường Bạch Đằng, Xã Cao Minh
    void theStormSmsKeepsItsHeadlineInBothVariants(String ward) { // #14
        Alert storm = SampleAlerts.baoHaiPhong(ward, null);

        SmsPreview sms = renderer.smsPreview(storm);

        assertThat(sms.withDiacritics().text())
                .isEqualTo(
                        "CẢNH BÁO BÃO: Bão số 3 đổ bộ vào Hải Phòng trong 3 giờ tới, gió giật cấp 14. Cấp độ rủi ro 4."
                                + " Chằng chống nhà cửa, hạ cây dễ đổ. Tàu thuyền vào nơi tránh trú."
                                + " Mã tin K7M2QX, phát lúc 14:30 12/10.");
        assertThat(sms.withDiacritics().fit()).isEqualTo(SmsFit.INSTRUCTION_SHORTENED);
        assertThat(sms.withDiacritics().segments()).isEqualTo(3);
        assertThat(sms.withoutDiacritics().text())
                .isEqualTo(
                        "CANH BAO BAO: Bao so 3 do bo vao Hai Phong trong 3 gio toi, gio giat cap 14. Cap do rui ro 4."
                                + " Chang chong nha cua, ha cay de do. Tau thuyen vao noi tranh tru. Ho o nha yeu, ven bien di"
                                + " doi den diem so tan truoc khi gio manh. Khong ra ngoai khi bao do bo."
                                + " Ma tin K7M2QX, phat luc 14:30 12/10.");
        assertThat(sms.withoutDiacritics().segments()).isEqualTo(2);
        assertThat(renderer.sms(storm, SmsPolicy.DEFAULT).reason()).isEqualTo(SmsChoiceReason.WITH_DIACRITICS_FITS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"11473", "01879"})
    void theStormOnZaloPushAndLoudspeaker(String ward) { // #14
        Alert storm = SampleAlerts.baoHaiPhong(ward, null);

        assertThat(renderer.render(storm, Channel.ZALO, SmsPolicy.DEFAULT).body())
                .isEqualTo("""
                        CẢNH BÁO BÃO – Cấp độ rủi ro 4 (rủi ro rất lớn)
                        Bão số 3 đổ bộ vào Hải Phòng trong 3 giờ tới, gió giật cấp 14.
                        Khuyến cáo: Chằng chống nhà cửa, hạ cây dễ đổ. Tàu thuyền vào nơi tránh trú. Hộ ở nhà yếu, \
                        ven biển di dời đến điểm sơ tán trước khi gió mạnh. Không ra ngoài khi bão đổ bộ.
                        Mã tin K7M2QX. Phát lúc 14:30 ngày 12/10/2026.
                        Hiệu lực đến 14:30 ngày 13/10/2026.""");
        RenderedMessage push = renderer.render(storm, Channel.PUSH, SmsPolicy.DEFAULT);
        assertThat(push.title()).isEqualTo("CẢNH BÁO BÃO – Cấp độ 4");
        assertThat(push.body())
                .isEqualTo("Bão số 3 đổ bộ vào Hải Phòng trong 3 giờ tới, gió giật cấp 14. Chằng chống nhà cửa, hạ cây"
                        + " dễ đổ. Tàu thuyền vào nơi tránh trú. Hộ ở nhà yếu, ven biển di dời đến điểm sơ tán trước khi"
                        + " gió mạnh. Mã tin K7M2QX, phát lúc 14:30 12/10.");
        String key = "cấp độ rủi ro bốn, rủi ro rất lớn. Chằng chống nhà cửa, hạ cây dễ đổ. Tàu thuyền vào nơi tránh"
                + " trú. Hộ ở nhà yếu, ven biển di dời đến điểm sơ tán trước khi gió mạnh. Không ra ngoài khi bão đổ bộ.";
        assertThat(renderer.render(storm, Channel.LOUDSPEAKER, SmsPolicy.DEFAULT)
                        .body())
                .isEqualTo("Cảnh báo bão, " + key + " Bão số 3 đổ bộ vào Hải Phòng trong 3 giờ tới, gió giật cấp 14."
                        + " Tin phát lúc 14 giờ 30 ngày 12 tháng 10. Mã tin K 7 M 2 Q X. Xin nhắc lại: cảnh báo bão, "
                        + key);
    }

    @Test
    void aCorrectionSaysTheEarlierWarningWasAMistakeAndWhatIsTrue() { // #14
        Alert correction = SampleAlerts.correctionOf(SampleAlerts.baoHaiPhong("11473", null), CORRECTION);

        assertThat(renderer.smsPreview(correction).withDiacritics().text())
                .isEqualTo("ĐÍNH CHÍNH CẢNH BÁO BÃO: Tin cảnh báo bão mã K7M2QX phát lúc 14:30 12/10 là nhầm lẫn. "
                        + CORRECTION + " Mã tin P3RX9Q, phát lúc 17:30 12/10.");
        assertThat(renderer.smsPreview(correction).withoutDiacritics().text())
                .isEqualTo("DINH CHINH CANH BAO BAO: Tin canh bao bao ma K7M2QX phat luc 14:30 12/10 la nham lan. Khong"
                        + " co bao, nguoi dan sinh hoat binh thuong. Ma tin P3RX9Q, phat luc 17:30 12/10.");
        assertThat(renderer.render(correction, Channel.ZALO, SmsPolicy.DEFAULT).body())
                .isEqualTo("""
                        ĐÍNH CHÍNH CẢNH BÁO BÃO
                        Tin cảnh báo bão mã K7M2QX phát lúc 14:30 ngày 12/10/2026 là nhầm lẫn.
                        Không có bão, người dân sinh hoạt bình thường.
                        Mã tin P3RX9Q. Phát lúc 17:30 ngày 12/10/2026.""");
        RenderedMessage push = renderer.render(correction, Channel.PUSH, SmsPolicy.DEFAULT);
        assertThat(push.title()).isEqualTo("ĐÍNH CHÍNH CẢNH BÁO BÃO");
        assertThat(push.body())
                .isEqualTo("Tin cảnh báo bão mã K7M2QX phát lúc 14:30 12/10 là nhầm lẫn. " + CORRECTION
                        + " Mã tin P3RX9Q, phát lúc 17:30 12/10.");
        String key = "in cảnh báo bão mã K 7 M 2 Q X phát lúc 14 giờ 30 ngày 12 tháng 10 là nhầm lẫn. " + CORRECTION;
        assertThat(renderer.render(correction, Channel.LOUDSPEAKER, SmsPolicy.DEFAULT)
                        .body())
                .isEqualTo("Đính chính cảnh báo bão. T" + key + " Tin phát lúc 17 giờ 30 ngày 12 tháng 10. Mã tin P 3"
                        + " R X 9 Q. Xin nhắc lại: t" + key);
        for (Channel channel : Channel.values()) {
            RenderedMessage message = renderer.render(correction, channel, SmsPolicy.DEFAULT);
            assertThat(message.title() + message.body())
                    .doesNotContain("Bão số 3 đổ bộ", "Bao so 3 do bo", "Cấp độ", "cấp độ", "Cap do", "HỦY");
        }
    }

    @Test
    void aPlainCancelNamesTheEarlierWarningWithoutItsLevel() { // #14
        Alert cancel = SampleAlerts.cancelOf(SampleAlerts.baoHaiPhong("01879", null));

        assertThat(renderer.render(cancel, Channel.SMS, SmsPolicy.DEFAULT).body())
                .isEqualTo("HỦY CẢNH BÁO BÃO: Tin cảnh báo bão mã K7M2QX phát lúc 14:30 12/10 đã được hủy. Người dân có"
                        + " thể trở về nhà, chú ý sạt lở còn sót lại. Mã tin P3RX9Q, phát lúc 17:30 12/10.");
        assertThat(renderer.render(cancel, Channel.PUSH, SmsPolicy.DEFAULT).title())
                .isEqualTo("HỦY CẢNH BÁO BÃO");
        for (Channel channel : Channel.values()) {
            RenderedMessage message = renderer.render(cancel, channel, SmsPolicy.DEFAULT);
            assertThat(message.title() + message.body())
                    .doesNotContain("Bão số 3 đổ bộ", "Cấp độ", "cấp độ", "ĐÍNH CHÍNH", "nhầm lẫn");
        }
    }

    @Test
    void everyChannelOfADrillStartsWithItsMark() { // #14
        Alert drill = SampleAlerts.asExercise(SampleAlerts.baoHaiPhong("11473", null));

        assertThat(renderer.render(drill, Channel.SMS, SmsPolicy.DEFAULT).body())
                .isEqualTo("[DIỄN TẬP] CẢNH BÁO BÃO: Bão số 3 đổ bộ vào Hải Phòng trong 3 giờ tới, gió giật cấp 14. Cấp"
                        + " độ rủi ro 4. Chằng chống nhà cửa, hạ cây dễ đổ. Mã tin K7M2QX, phát lúc 14:30 12/10.");
        assertThat(renderer.render(drill, Channel.ZALO, SmsPolicy.DEFAULT).body())
                .startsWith("[DIỄN TẬP] CẢNH BÁO BÃO")
                .endsWith("Đây là tin diễn tập, không phải cảnh báo thật.");
        assertThat(renderer.render(drill, Channel.PUSH, SmsPolicy.DEFAULT).body())
                .startsWith("[DIỄN TẬP] Bão số 3 đổ bộ");
        assertThat(renderer.render(drill, Channel.LOUDSPEAKER, SmsPolicy.DEFAULT))
                .satisfies(m -> assertThat(m.title()).startsWith("[DIỄN TẬP]"))
                .satisfies(m ->
                        assertThat(m.body()).startsWith("Đây là tin diễn tập.").endsWith("Đây là tin diễn tập."));
        Alert drillCorrection = SampleAlerts.asExercise(SampleAlerts.correctionOf(drill, CORRECTION));
        for (Channel channel : Channel.values()) {
            assertThat(renderer.render(drillCorrection, channel, SmsPolicy.DEFAULT)
                            .title())
                    .startsWith("[DIỄN TẬP]");
        }
    }
}
