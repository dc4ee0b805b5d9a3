package vn.canhbao.core.broadcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The GSM 7-bit default alphabet, its extension table and the packing of septets (3GPP TS 23.038 §6). */
class Gsm7AlphabetTests {

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    @Test
    void everyBasicCharacterIsOneSeptetAtItsTablePosition() {
        assertThat(BASIC).hasSize(127); // 128 positions, less the escape
        byte[] septets = Gsm7Alphabet.encode(BASIC);
        assertThat(septets).hasSize(127);
        assertThat(septets[0]).isEqualTo((byte) 0x00); // @
        assertThat(septets[BASIC.indexOf('\r')]).isEqualTo((byte) 0x0D);
        assertThat(septets[BASIC.indexOf('Æ')]).isEqualTo((byte) 0x1C); // after the escape at 0x1B
        assertThat(septets[BASIC.indexOf('¤')]).isEqualTo((byte) 0x24);
        assertThat(septets[BASIC.indexOf('à')]).isEqualTo((byte) 0x7F);
        assertThat(Gsm7Alphabet.decode(septets)).isEqualTo(BASIC);
    }

    @Test
    void extensionCharactersTakeAnEscapeAndTheirCode() {
        String extension = "^{}\\[~]|€\f";

        byte[] septets = Gsm7Alphabet.encode(extension);

        assertThat(septets)
                .containsExactly(
                        0x1B, 0x14, 0x1B, 0x28, 0x1B, 0x29, 0x1B, 0x2F, 0x1B, 0x3C, 0x1B, 0x3D, 0x1B, 0x3E, 0x1B, 0x40,
                        0x1B, 0x65, 0x1B, 0x0A);
        assertThat(Gsm7Alphabet.septetCount(extension)).isEqualTo(20);
        assertThat(Gsm7Alphabet.septetCount('€')).isEqualTo(2);
        assertThat(Gsm7Alphabet.isExtension('{')).isTrue();
        assertThat(Gsm7Alphabet.decode(septets)).isEqualTo(extension);
    }

    @Test
    void anUnknownExtensionCodeShowsTheBasicCharacter() { // TS 23.038 §6.2.1.1
        assertThat(Gsm7Alphabet.decode(new byte[] {0x1B, 0x41, 0x62})).isEqualTo("Ab");
        assertThat(Gsm7Alphabet.decode(new byte[] {0x61, 0x1B})).isEqualTo("a");
    }

    @Test
    void vietnameseWithDiacriticsIsNotGsm7ExceptTheFewWesternLetters() {
        assertThat(Gsm7Alphabet.isRepresentable("Canh bao lu quet, cap do 4: di doi ngay!"))
                .isTrue();
        assertThat(Gsm7Alphabet.isRepresentable("à è é ì ò ù É")).isTrue();
        for (String letter : new String[] {"ư", "ơ", "đ", "Đ", "ạ", "ẫ", "ă", "â", "ê", "ô", "á", "ú", "í", "ó", "ý"}) {
            assertThat(Gsm7Alphabet.isRepresentable(letter)).as(letter).isFalse();
        }
        assertThatThrownBy(() -> Gsm7Alphabet.encode("Lũ quét"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ũ' (U+0169) at index 1");
    }

    @Test
    void packsTheKnownVector() { // "hellohello" → E8329BFD4697D9EC37, the classic SMS PDU example
        byte[] packed = Gsm7Alphabet.pack(Gsm7Alphabet.encode("hellohello"));

        assertThat(HexFormat.of().withUpperCase().formatHex(packed)).isEqualTo("E8329BFD4697D9EC37");
        assertThat(Gsm7Alphabet.decode(Gsm7Alphabet.unpack(packed, 10))).isEqualTo("hellohello");
    }

    @Test
    void eightSeptetsFillSevenOctetsExactly() {
        byte[] packed = Gsm7Alphabet.pack(Gsm7Alphabet.encode("12345678"));

        assertThat(packed).hasSize(7);
        // The 8th septet ('8' = 0x38) sits whole in the top 7 bits of the 7th octet.
        assertThat(packed[6] & 0xFF).isEqualTo(0x38 << 1 | (0x37 >> 6));
        assertThat(Gsm7Alphabet.pack(Gsm7Alphabet.encode("123456789"))).hasSize(8);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 6, 7, 8, 9, 15, 16, 17, 92, 93})
    void unpackUndoesPackAcrossOctetBoundaries(int length) {
        byte[] septets = new byte[length];
        for (int i = 0; i < length; i++) {
            septets[i] = (byte) ((i * 37 + 0x7F) & 0x7F); // every bit pattern, 0x7F and 0x00 included
        }

        byte[] packed = Gsm7Alphabet.pack(septets);

        assertThat(packed).hasSize((length * 7 + 7) / 8);
        assertThat(Gsm7Alphabet.unpack(packed, length)).containsExactly(septets);
    }

    @Test
    void escapesSurviveAcrossTheEighthAndNinthSeptets() {
        String text = "abcdefg€[x]"; // the escape of € is the 8th septet, its code the 9th
        byte[] septets = Gsm7Alphabet.encode(text);

        assertThat(septets[7]).isEqualTo((byte) Gsm7Alphabet.ESCAPE);
        assertThat(Gsm7Alphabet.decode(Gsm7Alphabet.unpack(Gsm7Alphabet.pack(septets), septets.length)))
                .isEqualTo(text);
    }

    @Test
    void unpackRefusesMoreSeptetsThanTheOctetsHold() {
        assertThatThrownBy(() -> Gsm7Alphabet.unpack(new byte[7], 9)).isInstanceOf(IllegalArgumentException.class);
    }
}
