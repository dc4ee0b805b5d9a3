package vn.canhbao.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SmsSegmentsTests {

    private static final String EMOJI = "\uD83C\uDF0A"; // 🌊, outside the BMP: a surrogate pair

    @Test
    void gsmFillsOneMessageUpTo160AndSplitsInto153s() {
        assertThat(SmsSegments.cost("a".repeat(160))).isEqualTo(new SmsCost(SmsEncoding.GSM_7, 160, 1));
        assertThat(SmsSegments.cost("a".repeat(161))).isEqualTo(new SmsCost(SmsEncoding.GSM_7, 161, 2));
        assertThat(SmsSegments.segments("a".repeat(306))).isEqualTo(2);
        assertThat(SmsSegments.segments("a".repeat(307))).isEqualTo(3);
        assertThat(SmsSegments.segments("a".repeat(1530))).isEqualTo(10);
    }

    @Test
    void ucs2FillsOneMessageUpTo70AndSplitsInto67s() {
        assertThat(SmsSegments.cost("ư".repeat(70))).isEqualTo(new SmsCost(SmsEncoding.UCS_2, 70, 1));
        assertThat(SmsSegments.cost("ư".repeat(71))).isEqualTo(new SmsCost(SmsEncoding.UCS_2, 71, 2));
        assertThat(SmsSegments.segments("ư".repeat(134))).isEqualTo(2);
        assertThat(SmsSegments.segments("ư".repeat(135))).isEqualTo(3);
    }

    @Test
    void oneNonGsmCharacterMakesTheWholeTextUcs2() {
        String text = "a".repeat(100) + "đ";

        assertThat(SmsSegments.cost(text)).isEqualTo(new SmsCost(SmsEncoding.UCS_2, 101, 2));
    }

    @Test
    void extensionCharactersTakeTwoSeptets() {
        assertThat(SmsSegments.cost("€".repeat(80))).isEqualTo(new SmsCost(SmsEncoding.GSM_7, 160, 1));
        assertThat(SmsSegments.cost("a".repeat(159) + "[")).isEqualTo(new SmsCost(SmsEncoding.GSM_7, 161, 2));
    }

    @Test
    void anEscapePairNeverStraddlesASegmentBoundary() {
        // 152 septets then "{" (2 septets) would end at 154: the pair moves whole to the second segment.
        String text = "a".repeat(152) + "{" + "a".repeat(152);

        assertThat(SmsSegments.cost(text).units()).isEqualTo(306);
        assertThat(SmsSegments.segments(text)).isEqualTo(3);
        assertThat(SmsSegments.split(text)).containsExactly("a".repeat(152), "{" + "a".repeat(151), "a");
        // Without the straddle the same 306 septets fit two.
        assertThat(SmsSegments.segments("a".repeat(151) + "{" + "a".repeat(153)))
                .isEqualTo(2);
    }

    @Test
    void aSurrogatePairNeverStraddlesASegmentBoundary() {
        String text = "ư".repeat(66) + EMOJI + "ư".repeat(66);

        assertThat(SmsSegments.cost(text)).isEqualTo(new SmsCost(SmsEncoding.UCS_2, 134, 3));
        assertThat(SmsSegments.split(text)).containsExactly("ư".repeat(66), EMOJI + "ư".repeat(65), "ư");
        assertThat(SmsSegments.segments("ư".repeat(65) + EMOJI + "ư".repeat(67)))
                .isEqualTo(2);
    }

    @Test
    void anEmojiCountsTwoCodeUnits() {
        assertThat(SmsSegments.cost("a".repeat(68) + EMOJI)).isEqualTo(new SmsCost(SmsEncoding.UCS_2, 70, 1));
        assertThat(SmsSegments.cost("a".repeat(69) + EMOJI)).isEqualTo(new SmsCost(SmsEncoding.UCS_2, 71, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"à", "è", "é", "ì", "ò", "ù", "É"})
    void theFewVietnameseLettersInGsm7StayGsm7(String letter) {
        assertThat(SmsSegments.encoding("Canh bao " + letter)).isEqualTo(SmsEncoding.GSM_7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ă", "â", "đ", "ê", "ô", "ơ", "ư", "á", "ả", "ạ", "ó", "ú", "í", "Đ", "À", "–", "…", "“"})
    void otherVietnameseLettersAndTypographyNeedUcs2(String letter) {
        assertThat(SmsSegments.encoding("Canh bao " + letter)).isEqualTo(SmsEncoding.UCS_2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CANH BAO LU QUET: Nguy co lu quet. Cap do rui ro 3. | GSM_7 | 1
            CẢNH BÁO LŨ QUÉT: Nguy cơ lũ quét. Cấp độ rủi ro 3. | UCS_2 | 1
            """)
    void vietnameseWithAndWithoutDiacritics(String text, SmsEncoding encoding, int segments) {
        assertThat(SmsSegments.encoding(text)).isEqualTo(encoding);
        assertThat(SmsSegments.segments(text)).isEqualTo(segments);
    }

    @Test
    void anEmptyTextIsOneMessage() {
        assertThat(SmsSegments.cost("")).isEqualTo(new SmsCost(SmsEncoding.GSM_7, 0, 1));
        assertThat(SmsSegments.split("")).containsExactly("");
    }

    @Test
    void splitPartsJoinBackToTheText() {
        String text = "Người dân ven suối di chuyển ngay đến nơi an toàn. ".repeat(7) + EMOJI;

        assertThat(String.join("", SmsSegments.split(text))).isEqualTo(text);
        assertThat(SmsSegments.split(text)).hasSize(SmsSegments.segments(text));
    }

    @Test
    void theMaximumStaysUnderTwilios1600Characters() {
        assertThat(SmsSegments.MAX_SEGMENTS * SmsEncoding.GSM_7.segmentUnits()).isLessThanOrEqualTo(1600);
        assertThat(SmsSegments.cost("a".repeat(1530)).withinMaximum()).isTrue();
        assertThat(SmsSegments.cost("a".repeat(1531)).withinMaximum()).isFalse();
    }
}
