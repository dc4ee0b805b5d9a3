package vn.canhbao.channels.loudspeaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoudspeakerScriptTests {

    @Test
    void keepsTheIssueTimeSpokenAndRepeatsTheKeySentence() {
        LoudspeakerScript script = LoudspeakerScript.of(LoudspeakerAdapterTests.TITLE, LoudspeakerAdapterTests.BODY);

        assertThat(script.text()).isEqualTo(LoudspeakerAdapterTests.SCRIPT);
        assertThat(script.keySentence()).isEqualTo("Cảnh báo lũ quét: Mưa lớn gây lũ quét tại Xã Cao Minh");
        assertThat(script.text())
                .contains("phát lúc 14 giờ 30 ngày 5 tháng 10 năm 2025")
                .doesNotContain("LQ7K2");
    }

    @Test
    void aDrillSaysSoFirstAndAgainWithTheRepeat() {
        LoudspeakerScript script = LoudspeakerScript.of(
                "[DIỄN TẬP] CẢNH BÁO SẠT LỞ ĐẤT",
                "[DIỄN TẬP] CẢNH BÁO SẠT LỞ ĐẤT: Nguy cơ sạt lở tại thôn Nà Lạn. Mã SL01, phát lúc 07:00 12/09/2025.");

        assertThat(script.text())
                .isEqualTo("Tin diễn tập. Cảnh báo sạt lở đất: Nguy cơ sạt lở tại thôn Nà Lạn."
                        + " Tin phát lúc 7 giờ ngày 12 tháng 9 năm 2025."
                        + " Xin nhắc lại, tin diễn tập: Cảnh báo sạt lở đất: Nguy cơ sạt lở tại thôn Nà Lạn.");
    }

    @Test
    void dropsLinksAndCodesAndSpellsOutAbbreviationsAndUnits() {
        String spoken =
                LoudspeakerScript.spoken("UBND xã yêu cầu sơ tán [ref:CB-2025-17] (KV3A). Gió 90km/h, mưa 250 mm,"
                        + " độ ẩm 95%. Chi tiết: https://canhbao.vn/a/CB-17\nGọi BCH PCTT.");

        assertThat(spoken)
                .isEqualTo("Ủy ban nhân dân xã yêu cầu sơ tán. Gió 90 ki-lô-mét một giờ, mưa 250 mi-li-mét, độ ẩm"
                        + " 95 phần trăm. Gọi Ban chỉ huy phòng chống thiên tai.");
    }

    @Test
    void opensWithTheTitleWhenTheBodyDoesNotBeginWithIt() {
        LoudspeakerScript script = LoudspeakerScript.of("Cảnh báo ngập lụt", "Nước dâng cao tại phường Hòa Xuân.");

        assertThat(script.text())
                .isEqualTo("Cảnh báo ngập lụt: Nước dâng cao tại phường Hòa Xuân. Xin nhắc lại: Cảnh báo ngập lụt:"
                        + " Nước dâng cao tại phường Hòa Xuân.");
    }

    @Test
    void withoutATitleTheFirstSentenceIsTheKey() {
        LoudspeakerScript script =
                LoudspeakerScript.of("", "Hồ Kẻ Gỗ xả lũ lúc 16:00. Người dân vùng hạ du không ra sông.");

        assertThat(script.keySentence()).isEqualTo("Hồ Kẻ Gỗ xả lũ lúc 16 giờ");
        assertThat(script.text()).endsWith("Xin nhắc lại: Hồ Kẻ Gỗ xả lũ lúc 16 giờ.");
    }
}
