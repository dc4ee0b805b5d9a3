package vn.canhbao.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.broadcast.BroadcastPages;
import vn.canhbao.core.broadcast.CbsEncoding;
import vn.canhbao.core.broadcast.MessageIdentifier;
import vn.canhbao.core.text.VietnameseText;

/** The exact cell broadcast texts residents read, and how they fit their pages. */
class BroadcastComposerTests {

    private final BroadcastComposer composer = new BroadcastComposer();

    @Test
    void aLevel4FlashFloodWarningInUcs2() {
        Alert luQuet = SampleAlerts.luQuetCaoMinhLevel4();

        BroadcastText broadcast = composer.compose(luQuet);

        assertThat(broadcast.text())
                .isEqualTo("CẢNH BÁO LŨ QUÉT: Nguy cơ lũ quét trên các suối nhỏ tại Xã Cao Minh trong 6 giờ tới."
                        + " Cấp độ rủi ro 4. Người dân ven suối di chuyển ngay đến nơi an toàn, không qua ngầm tràn."
                        + " Mưa lớn 100–150 mm trong 24 giờ… Mã tin K7M2QX, phát lúc 14:30 12/10.");
        // The essentials with diacritics need 6 pages of 41 characters; the 6th has room for some description.
        assertThat(broadcast.pageCount()).isEqualTo(6);
        assertThat(broadcast.fit()).isEqualTo(SmsFit.OVER_BUDGET);
        assertThat(broadcast.overBudget()).isTrue();
        assertThat(broadcast.encoding()).isEqualTo(CbsEncoding.UCS_2);
        assertThat(broadcast.pages().dcs()).isEqualTo(0x48);
        assertThat(broadcast.pages().text()).isEqualTo(broadcast.text());
        assertThat(MessageIdentifier.of(luQuet)).isEqualTo(MessageIdentifier.EXTREME_IMMEDIATE_LIKELY);
    }

    @Test
    void theKhongDauVariantIsGsm7InThreePages() {
        BroadcastText broadcast = composer.compose(SampleAlerts.luQuetCaoMinhLevel4(), true);

        assertThat(broadcast.text())
                .isEqualTo("CANH BAO LU QUET: Nguy co lu quet tren cac suoi nho tai Xa Cao Minh trong 6 gio toi."
                        + " Cap do rui ro 4. Nguoi dan ven suoi di chuyen ngay den noi an toan, khong qua ngam tran."
                        + " Mua lon 100-150 mm trong 24 gio qua, dat da bao hoa. Ma tin K7M2QX, phat luc 14:30 12/10.");
        assertThat(broadcast.encoding()).isEqualTo(CbsEncoding.GSM_7);
        assertThat(broadcast.pages().dcs()).isEqualTo(0x0F);
        assertThat(broadcast.pageCount()).isEqualTo(3);
        assertThat(broadcast.fit()).isEqualTo(SmsFit.COMPLETE);
        assertThat(broadcast.withoutDiacritics()).isTrue();
        assertThat(broadcast.pages().text()).isEqualTo(broadcast.text());
    }

    @Test
    void aDrillSaysSoFirstAndLast() {
        Alert drill = SampleAlerts.asExercise(SampleAlerts.luQuetCaoMinhLevel4());

        BroadcastText broadcast = composer.compose(drill);

        assertThat(broadcast.text())
                .isEqualTo("[DIỄN TẬP] CẢNH BÁO LŨ QUÉT: Nguy cơ lũ quét trên các suối nhỏ tại Xã Cao Minh trong 6"
                        + " giờ tới. Cấp độ rủi ro 4. Người dân ven suối di chuyển ngay đến nơi an toàn, không qua"
                        + " ngầm tràn. Mã tin K7M2QX, phát lúc 14:30 12/10. Đây là tin diễn tập.");
        assertThat(broadcast.pageCount()).isEqualTo(6);
        assertThat(composer.compose(drill, true).text())
                .startsWith("[DIEN TAP] CANH BAO LU QUET: ")
                .endsWith(" Ma tin K7M2QX, phat luc 14:30 12/10. Day la tin dien tap.");
        assertThat(MessageIdentifier.of(drill)).isEqualTo(MessageIdentifier.EXERCISE);
    }

    @Test
    void aCancelNamesTheWarningItEndsWithoutALevel() {
        Alert cancel = SampleAlerts.cancelOf(SampleAlerts.luQuetCaoMinhLevel4());

        BroadcastText broadcast = composer.compose(cancel);

        assertThat(broadcast.text())
                .isEqualTo("HỦY CẢNH BÁO LŨ QUÉT: Tin cảnh báo lũ quét mã K7M2QX phát lúc 14:30 12/10 đã được hủy."
                        + " Người dân có thể trở về nhà, chú ý sạt lở còn sót lại. Mã tin P3RX9Q, phát lúc 17:30"
                        + " 12/10.");
        assertThat(broadcast.pageCount()).isEqualTo(5);
        assertThat(composer.compose(cancel, true).pageCount()).isEqualTo(2);
        assertThat(composer.compose(SampleAlerts.correctionOf(SampleAlerts.luQuetCaoMinhLevel4(), "Không có lũ quét."))
                        .text())
                .isEqualTo("ĐÍNH CHÍNH CẢNH BÁO LŨ QUÉT: Tin cảnh báo lũ quét mã K7M2QX phát lúc 14:30 12/10 là nhầm"
                        + " lẫn. Không có lũ quét. Mã tin P3RX9Q, phát lúc 17:30 12/10.");
        // The Cancel keeps the warning's level and status, so it is on the identifier the CBC is asked to stop.
        assertThat(MessageIdentifier.of(cancel)).isEqualTo(MessageIdentifier.of(SampleAlerts.luQuetCaoMinhLevel4()));
    }

    @Test
    void aTypicalStormFitsFourPagesWithoutDiacritics() {
        BroadcastText storm = composer.compose(SampleAlerts.baoHaiPhong("01879", null), true);

        assertThat(storm.pageCount()).isLessThanOrEqualTo(BroadcastComposer.DEFAULT_PAGE_BUDGET);
        assertThat(storm.fit()).isEqualTo(SmsFit.COMPLETE);
    }

    @Test
    void withinTheBudgetTheDescriptionGivesWayFirst() {
        BroadcastText storm = composer.compose(SampleAlerts.baoBachDang(), true);

        assertThat(storm.pageCount()).isEqualTo(4);
        assertThat(storm.fit()).isEqualTo(SmsFit.DESCRIPTION_SHORTENED);
        assertThat(storm.text())
                .contains("Bao so 5 do bo truc tiep vao Phuong Bach Dang")
                .endsWith("... Ma tin K7M2QX, phat luc 14:30 12/10.");
    }

    @Test
    void aHugeWarningStillFitsFifteenPages() {
        String sentence = "Người dân ở các thôn ven suối phải sơ tán ngay đến nhà văn hóa xã. ";
        Alert huge = SampleAlerts.withDescription(
                SampleAlerts.withInstruction(
                        SampleAlerts.luQuetCaoMinhLevel4(), sentence.repeat(20).strip()),
                sentence.repeat(20));

        BroadcastText broadcast = composer.compose(huge);

        assertThat(broadcast.pageCount()).isBetween(1, BroadcastPages.MAX_PAGES);
        assertThat(broadcast.encoding()).isEqualTo(CbsEncoding.UCS_2);
        assertThat(broadcast.text()).contains(SampleAlerts.luQuetCaoMinhLevel4().headline());
    }

    @Test
    void anEndlessHeadlineGoesWithoutDiacriticsThenCut() {
        String headline = "Nguy cơ lũ quét trên các suối nhỏ tại Xã Cao Minh trong 6 giờ tới "
                .repeat(12)
                .strip();
        Alert endless = SampleAlerts.withHeadline(SampleAlerts.luQuetCaoMinhLevel4(), headline);

        BroadcastText broadcast = composer.compose(endless);

        assertThat(broadcast.withoutDiacritics()).isTrue();
        assertThat(broadcast.encoding()).isEqualTo(CbsEncoding.GSM_7);
        assertThat(broadcast.pageCount()).isEqualTo(11); // with diacritics it needs more than 15
        assertThat(broadcast.text()).contains(VietnameseText.withoutDiacritics(headline));

        Alert longer = SampleAlerts.withHeadline(endless, headline.repeat(3));
        BroadcastText cut = composer.compose(longer);
        assertThat(cut.pageCount()).isEqualTo(BroadcastPages.MAX_PAGES);
        assertThat(cut.text()).contains("... Cap do rui ro 4.").endsWith("Ma tin K7M2QX, phat luc 14:30 12/10.");
    }

    @Test
    void emojiAreLeftOut() {
        Alert withEmoji = SampleAlerts.withHeadline(SampleAlerts.luQuetCaoMinhLevel4(), "Lũ quét 🌊 tại Xã Cao Minh");

        assertThat(composer.compose(withEmoji).text()).startsWith("CẢNH BÁO LŨ QUÉT: Lũ quét tại Xã Cao Minh.");
    }

    @Test
    void thePreviewHasTheTitleAndTheText() {
        Alert drill = SampleAlerts.asExercise(SampleAlerts.luQuetCaoMinhLevel4());

        RenderedMessage preview = BroadcastComposer.render(drill);

        assertThat(preview.title()).isEqualTo("[DIỄN TẬP] CẢNH BÁO LŨ QUÉT");
        assertThat(preview.body()).isEqualTo(composer.compose(drill).text());
    }
}
