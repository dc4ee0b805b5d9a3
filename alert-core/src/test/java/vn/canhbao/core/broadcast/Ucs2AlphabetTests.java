package vn.canhbao.core.broadcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** UCS-2 for Vietnamese: every precomposed letter round-trips; what UCS-2 cannot carry is refused. */
class Ucs2AlphabetTests {

    /** The 12 vowels (a ă â e ê i o ô ơ u ư y) as base letter and combining modifier. */
    private static final String[] VOWELS = {
        "a", "a\u0306", "a\u0302", "e", "e\u0302", "i", "o", "o\u0302", "o\u031B", "u", "u\u031B", "y"
    };

    /** No tone, then huyền, hỏi, ngã, sắc, nặng. */
    private static final String[] TONES = {"", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"};

    /** Every precomposed Vietnamese letter, lower and upper case: 66 vowels with a mark and đ, each twice. */
    static List<String> precomposedVietnameseLetters() {
        List<String> letters = new ArrayList<>();
        for (String vowel : VOWELS) {
            for (String tone : TONES) {
                String letter = Normalizer.normalize(vowel + tone, Normalizer.Form.NFC);
                if (!letter.chars().allMatch(c -> c < 0x80)) {
                    letters.add(letter);
                    letters.add(letter.toUpperCase(java.util.Locale.ROOT));
                }
            }
        }
        letters.add("đ");
        letters.add("Đ");
        return letters;
    }

    @Test
    void everyVietnameseLetterIsOneCharacterOfTwoOctetsAndRoundTrips() {
        List<String> letters = precomposedVietnameseLetters();
        assertThat(letters).hasSize(134).doesNotHaveDuplicates().allSatisfy(l -> assertThat(l)
                .hasSize(1));
        String all = String.join("", letters);

        byte[] octets = Ucs2Alphabet.encode(all);

        assertThat(octets).hasSize(2 * 134);
        assertThat(Ucs2Alphabet.isRepresentable(all)).isTrue();
        assertThat(Ucs2Alphabet.decode(octets)).isEqualTo(all);
    }

    @Test
    void isBigEndian() {
        assertThat(Ucs2Alphabet.encode("Lũ")).containsExactly(0x00, 0x4C, 0x01, 0x69);
        assertThat(Ucs2Alphabet.encode("ự")).containsExactly(0x1E, 0xF1);
    }

    @Test
    void refusesACharacterOutsideTheBasicPlane() {
        assertThat(Ucs2Alphabet.isRepresentable("Bão 🌀")).isFalse();
        assertThatThrownBy(() -> Ucs2Alphabet.encode("Bão 🌀"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+1F300 at index 4");
    }
}
