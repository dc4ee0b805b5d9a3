package vn.canhbao.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.canhbao.core.alert.Alert;

class SmsComposerTests {

    private final SmsComposer composer = new SmsComposer();

    static Stream<Arguments> everySampleVariantAndBudget() {
        Alert caoMinh = SampleAlerts.luQuetCaoMinh();
        List<Alert> samples = List.of(
                caoMinh,
                SampleAlerts.baoBachDang(),
                SampleAlerts.cancelOf(caoMinh),
                SampleAlerts.updateOf(caoMinh),
                SampleAlerts.asExercise(SampleAlerts.baoBachDang()),
                SampleAlerts.asExercise(SampleAlerts.cancelOf(caoMinh)));
        List<Arguments> cases = new ArrayList<>();
        for (Alert alert : samples) {
            for (boolean withoutDiacritics : new boolean[] {false, true}) {
                for (int budget = 1; budget <= 4; budget++) {
                    cases.add(Arguments.of(alert, withoutDiacritics, budget));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "[{index}] without diacritics {1}, budget {2}")
    @MethodSource("everySampleVariantAndBudget")
    void everyEssentialSurvivesEveryVariantAndBudget(Alert alert, boolean withoutDiacritics, int budget) {
        SmsText sms = composer.compose(alert, withoutDiacritics, budget);

        for (String essential : essentials(alert)) {
            String expected = withoutDiacritics ? SmsComposer.plain(essential) : essential;
            assertThat(sms.text()).contains(expected);
        }
        assertThat(sms.text()).startsWith(SmsComposer.title(alert, withoutDiacritics));
        assertThat(sms.cost()).isEqualTo(SmsSegments.cost(sms.text()));
        assertThat(sms.segmentBudget()).isEqualTo(budget);
        if (sms.fit() == SmsFit.OVER_BUDGET) {
            assertThat(sms.overBudget()).isTrue();
        } else {
            assertThat(sms.segments()).isLessThanOrEqualTo(budget);
        }
        if (withoutDiacritics) {
            assertThat(sms.encoding()).isEqualTo(SmsEncoding.GSM_7);
        }
    }

    @Test
    void caoMinhWithDiacriticsKeepsItsWholeHeadlineAndGoesOverBudgetFlagged() { // #14
        SmsText sms = composer.compose(SampleAlerts.luQuetCaoMinh(), false);

        assertThat(sms.text())
                .isEqualTo("CẢNH BÁO LŨ QUÉT: Nguy cơ lũ quét trên các suối nhỏ tại Xã Cao Minh trong 6 giờ tới."
                        + " Cấp độ rủi ro 3. Người dân ven suối di chuyển ngay đến nơi an toàn, không qua ngầm tràn."
                        + " Mưa lớn 100–150 mm trong 24 giờ qua, đất đã bão hòa. Mã tin K7M2QX, phát lúc 14:30 12/10.");
        assertThat(sms.fit()).isEqualTo(SmsFit.OVER_BUDGET);
        assertThat(sms.overBudget()).isTrue();
        assertThat(sms.encoding()).isEqualTo(SmsEncoding.UCS_2);
        assertThat(sms.segments()).isEqualTo(4);
        assertThat(sms.segmentBudget()).isEqualTo(SmsComposer.DEFAULT_SEGMENTS_WITH_DIACRITICS);
    }

    @Test
    void caoMinhWithDiacriticsIsWholeInFourSegments() {
        SmsText sms = composer.compose(SampleAlerts.luQuetCaoMinh(), false, 4);

        assertThat(sms.text())
                .isEqualTo("CẢNH BÁO LŨ QUÉT: Nguy cơ lũ quét trên các suối nhỏ tại Xã Cao Minh trong 6 giờ tới."
                        + " Cấp độ rủi ro 3. Người dân ven suối di chuyển ngay đến nơi an toàn, không qua ngầm tràn."
                        + " Mưa lớn 100–150 mm trong 24 giờ qua, đất đã bão hòa. Mã tin K7M2QX, phát lúc 14:30 12/10.");
        assertThat(sms.fit()).isEqualTo(SmsFit.COMPLETE);
        assertThat(sms.segments()).isEqualTo(4);
    }

    @Test
    void aTypicalShortWarningIsWholeWithinTheDefaultBudget() {
        Alert alert = SampleAlerts.withDescription(
                SampleAlerts.withInstruction(
                        SampleAlerts.luQuetCaoMinh(), "Người dân ven suối di chuyển ngay đến nơi an toàn."),
                null);

        SmsText sms = composer.compose(alert, false);

        assertThat(sms.fit()).isEqualTo(SmsFit.COMPLETE);
        assertThat(sms.text()).startsWith("CẢNH BÁO LŨ QUÉT: Nguy cơ lũ quét").contains("Cấp độ rủi ro 3");
    }

    @Test
    void caoMinhWithoutDiacriticsIsGsm7EvenWithAnEnDash() {
        SmsText sms = composer.compose(SampleAlerts.luQuetCaoMinh(), true);

        assertThat(sms.text())
                .startsWith("CANH BAO LU QUET: Nguy co lu quet tren cac suoi nho tai Xa Cao Minh")
                .contains("Cap do rui ro 3.", "Mua lon 100-150 mm", "Ma tin K7M2QX, phat luc 14:30 12/10.");
        assertThat(sms.fit()).isEqualTo(SmsFit.COMPLETE);
        assertThat(sms.cost().encoding()).isEqualTo(SmsEncoding.GSM_7);
        assertThat(sms.segments()).isEqualTo(2);
    }

    @Test
    void theStormsLongDescriptionIsShortenedAtAWordBoundaryFirst() {
        Alert bao = SampleAlerts.baoBachDang();

        SmsText sms = composer.compose(bao, true, 3);

        assertThat(sms.fit()).isEqualTo(SmsFit.DESCRIPTION_SHORTENED);
        assertThat(sms.segments()).isEqualTo(3);
        assertThat(sms.text()).contains(SmsComposer.plain(bao.headline()));
        String kept =
                sms.text().substring(sms.text().indexOf("Hoi 13"), sms.text().indexOf("... Ma tin"));
        assertThat(SmsComposer.plain(SampleAlerts.BAO_DESCRIPTION)).startsWith(kept + " ");
    }

    @Test
    void aStormTooLongForTwoSegmentsKeepsItsHeadlineAndIsFlaggedOverBudget() { // #14
        Alert bao = SampleAlerts.baoBachDang();

        SmsText sms = composer.compose(bao, true);

        assertThat(sms.fit()).isEqualTo(SmsFit.OVER_BUDGET);
        assertThat(sms.overBudget()).isTrue();
        assertThat(sms.segments()).isEqualTo(3);
        assertThat(sms.text()).contains(SmsComposer.plain(bao.headline()), SmsComposer.plain(bao.instruction()));
    }

    @Test
    void theInstructionIsShortenedToItsFirstSentencesNeverInsideOne() { // #14
        Alert bao = SampleAlerts.baoHaiPhong("01879", "UBND Xã Cao Minh");

        SmsText sms = composer.compose(bao, false);

        assertThat(sms.fit()).isEqualTo(SmsFit.INSTRUCTION_SHORTENED);
        assertThat(sms.segments()).isEqualTo(3);
        assertThat(sms.text())
                .isEqualTo(
                        "CẢNH BÁO BÃO: Bão số 3 đổ bộ vào Hải Phòng trong 3 giờ tới, gió giật cấp 14. Cấp độ rủi ro 4."
                                + " Chằng chống nhà cửa, hạ cây dễ đổ. Tàu thuyền vào nơi tránh trú."
                                + " Mã tin K7M2QX, phát lúc 14:30 12/10.");
    }

    @Test
    void essentialsOverBudgetGoOverRatherThanBeCut() {
        String instruction = "Người dân toàn xã sơ tán ngay đến trường tiểu học Cao Minh, mang theo giấy tờ, thuốc men,"
                + " nước uống và lương thực cho ba ngày; người già, trẻ em và người khuyết tật được ưu tiên xe đưa đón.";
        Alert alert = SampleAlerts.withDescription(
                SampleAlerts.withInstruction(SampleAlerts.luQuetCaoMinh(), instruction), null);

        SmsText sms = composer.compose(alert, false, 1);

        assertThat(sms.fit()).isEqualTo(SmsFit.OVER_BUDGET);
        assertThat(sms.overBudget()).isTrue();
        assertThat(sms.text())
                .isEqualTo("CẢNH BÁO LŨ QUÉT: " + alert.headline() + ". Cấp độ rủi ro 3. " + instruction
                        + " Mã tin K7M2QX, phát lúc 14:30 12/10.");
        assertThat(sms.segments()).isEqualTo(SmsSegments.segments(sms.text())).isGreaterThan(1);
    }

    @Test
    void anExerciseIsMarkedFirstInBothVariants() {
        Alert drill = SampleAlerts.asExercise(SampleAlerts.luQuetCaoMinh());

        SmsPreview preview = composer.preview(drill);

        assertThat(preview.withDiacritics().text()).startsWith("[DIỄN TẬP] CẢNH BÁO LŨ QUÉT");
        assertThat(preview.withoutDiacritics().text()).startsWith("[DIEN TAP] CANH BAO LU QUET");
    }

    @Test
    void cancelAndUpdateSayWhatTheyAre() {
        Alert caoMinh = SampleAlerts.luQuetCaoMinh();

        assertThat(composer.compose(SampleAlerts.cancelOf(caoMinh), false).text())
                .isEqualTo(
                        "HỦY CẢNH BÁO LŨ QUÉT: Tin cảnh báo lũ quét mã K7M2QX phát lúc 14:30 12/10 đã được hủy."
                                + " Người dân có thể trở về nhà, chú ý sạt lở còn sót lại. Mã tin P3RX9Q, phát lúc 17:30 12/10.");
        assertThat(composer.compose(SampleAlerts.updateOf(caoMinh), true).text())
                .startsWith("CAP NHAT CANH BAO LU QUET: Mua tiep tuc")
                .contains("Cap do rui ro 4.");
    }

    @Test
    void thePreviewShowsWhatEachVariantCosts() {
        SmsPreview preview = composer.preview(SampleAlerts.luQuetCaoMinh());

        assertThat(preview.withDiacritics().encoding()).isEqualTo(SmsEncoding.UCS_2);
        assertThat(preview.withDiacritics().segmentBudget()).isEqualTo(3);
        assertThat(preview.withoutDiacritics().encoding()).isEqualTo(SmsEncoding.GSM_7);
        assertThat(preview.withoutDiacritics().segmentBudget()).isEqualTo(2);
        assertThat(preview.variant(true)).isSameAs(preview.withoutDiacritics());
        assertThat(preview.withoutDiacritics().withoutDiacritics()).isTrue();
    }

    @Test
    void anAlertWithoutRiskLevelOrInstructionStillStatesTheRest() {
        Alert bare = SampleAlerts.withInstruction(SampleAlerts.cancelOf(SampleAlerts.luQuetCaoMinh()), null);

        assertThat(composer.compose(bare, false).text())
                .isEqualTo("HỦY CẢNH BÁO LŨ QUÉT: Tin cảnh báo lũ quét mã K7M2QX phát lúc 14:30 12/10 đã được hủy."
                        + " Mã tin P3RX9Q, phát lúc 17:30 12/10.");
    }

    @Test
    void theBudgetMustBeOneToTheMaximum() {
        Alert alert = SampleAlerts.luQuetCaoMinh();

        assertThatIllegalArgumentException().isThrownBy(() -> composer.compose(alert, false, 0));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> composer.compose(alert, false, SmsSegments.MAX_SEGMENTS + 1));
    }

    private static List<String> essentials(Alert alert) {
        List<String> essentials = new ArrayList<>();
        essentials.add(AlertWording.kindAndHazard(alert));
        essentials.add(AlertWording.headline(alert, AlertWording::shortTime));
        AlertWording.statedRisk(alert).ifPresent(r -> essentials.add("Cấp độ rủi ro " + r.number()));
        if (alert.instruction() != null) {
            essentials.add(Shortening.sentencePrefixes(alert.instruction()).stream()
                    .findFirst()
                    .orElse(alert.instruction()));
        }
        essentials.add("Mã tin " + alert.shortCode());
        essentials.add(AlertWording.shortTime(alert.sent()));
        if (alert.isExercise()) {
            essentials.add("[DIỄN TẬP]");
        }
        return essentials;
    }
}
