package vn.canhbao.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.canhbao.core.alert.Alert;

/** Which SMS a ward sends when the text with diacritics does not fit, and why. #14 */
class SmsChoiceTests {

    private final MessageRenderer renderer = new MessageRenderer();
    /** Lũ quét in Xã Cao Minh: with diacritics 4 segments for a budget of 3, without 2. */
    private final Alert overBudget = SampleAlerts.luQuetCaoMinh();

    @Test
    void byDefaultAWardSendsTheKhongDauTextWhenTheTextWithDiacriticsIsOverBudget() {
        SmsChoice choice = renderer.sms(overBudget, SmsPolicy.DEFAULT);

        assertThat(choice.reason()).isEqualTo(SmsChoiceReason.OVER_BUDGET_WITHOUT_DIACRITICS);
        assertThat(choice.sent()).isSameAs(choice.variants().withoutDiacritics());
        assertThat(choice.variants().withDiacritics().segments()).isEqualTo(4);
        assertThat(choice.sent().segments()).isEqualTo(2);
        assertThat(choice.overBudget()).isFalse();
    }

    @Test
    void aWardThatPaysForMoreSegmentsSendsTheWholeTextWithDiacriticsFlaggedOverBudget() {
        SmsChoice choice = renderer.sms(overBudget, new SmsPolicy(false, SmsOverBudget.MORE_SEGMENTS));

        assertThat(choice.reason()).isEqualTo(SmsChoiceReason.OVER_BUDGET_MORE_SEGMENTS);
        assertThat(choice.sent()).isSameAs(choice.variants().withDiacritics());
        assertThat(choice.sent().fit()).isEqualTo(SmsFit.OVER_BUDGET);
        assertThat(choice.overBudget()).isTrue();
        assertThat(choice.sent().text()).contains(overBudget.headline());
    }

    @Test
    void aWardThatAlwaysSendsKhongDauDoesWhateverTheLength() {
        SmsChoice choice =
                renderer.sms(SampleAlerts.baoHaiPhong("11473", null), new SmsPolicy(true, SmsOverBudget.MORE_SEGMENTS));

        assertThat(choice.reason()).isEqualTo(SmsChoiceReason.WARD_ALWAYS_WITHOUT_DIACRITICS);
        assertThat(choice.sent().withoutDiacritics()).isTrue();
    }

    @Test
    void theTextWithDiacriticsIsSentWhereItFits() {
        SmsChoice choice = renderer.sms(SampleAlerts.baoHaiPhong("01879", null), SmsPolicy.DEFAULT);

        assertThat(choice.reason()).isEqualTo(SmsChoiceReason.WITH_DIACRITICS_FITS);
        assertThat(choice.sent().withoutDiacritics()).isFalse();
    }
}
