package vn.canhbao.core.broadcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting text into CBS pages of 82 octets, and reading them back. */
class BroadcastPagesTests {

    @Test
    void chooseGsm7ForTheGsmAlphabetAndUcs2Otherwise() {
        BroadcastPages plain = BroadcastPages.encode("CANH BAO LU QUET: di doi ngay.");
        BroadcastPages vietnamese = BroadcastPages.encode("CẢNH BÁO LŨ QUÉT: di dời ngay.");

        assertThat(plain.encoding()).isEqualTo(CbsEncoding.GSM_7);
        assertThat(plain.dcs()).isEqualTo(0x0F);
        assertThat(vietnamese.encoding()).isEqualTo(CbsEncoding.UCS_2);
        assertThat(vietnamese.dcs()).isEqualTo(0x48);
        assertThat(plain.text()).isEqualTo("CANH BAO LU QUET: di doi ngay.");
        assertThat(vietnamese.text()).isEqualTo("CẢNH BÁO LŨ QUÉT: di dời ngay.");
    }

    @Test
    void ucs2Takes41CharactersAPage() {
        String page = "ư".repeat(41);

        assertThat(BroadcastPages.encode(page).size()).isEqualTo(1);
        assertThat(BroadcastPages.encode(page + "a").size()).isEqualTo(2);
        assertThat(BroadcastPages.encode(page + "a").text()).isEqualTo(page + "a");
        assertThat(BroadcastPages.encode(page).page(0)).hasSize(82);
    }

    @Test
    void gsm7Takes93SeptetsAPage() {
        String page = "a".repeat(93);

        assertThat(BroadcastPages.encode(page).size()).isEqualTo(1);
        assertThat(BroadcastPages.encode(page + "b").size()).isEqualTo(2);
        assertThat(BroadcastPages.encode(page + "b").text()).isEqualTo(page + "b");
        assertThat(BroadcastPages.pagesNeeded("a".repeat(92) + "€")).isEqualTo(2);
    }

    @Test
    void anEscapeAndItsCharacterStayOnOnePage() {
        String text = "a".repeat(92) + "€b";

        BroadcastPages pages = BroadcastPages.encode(text);

        byte[] first = Gsm7Alphabet.unpack(pages.page(0), 93);
        assertThat(first[92]).isEqualTo((byte) Gsm7Alphabet.CR); // padding, not a lone escape
        byte[] second = Gsm7Alphabet.unpack(pages.page(1), 93);
        assertThat(second[0]).isEqualTo((byte) Gsm7Alphabet.ESCAPE);
        assertThat(second[1]).isEqualTo((byte) 0x65);
        assertThat(pages.text()).isEqualTo(text);
    }

    @Test
    void anUnfilledPageIsPaddedWithCarriageReturns() {
        BroadcastPages gsm = BroadcastPages.encode("A");
        BroadcastPages ucs = BroadcastPages.encode("Ư");

        byte[] septets = Gsm7Alphabet.unpack(gsm.page(0), 93);
        assertThat(septets[0]).isEqualTo((byte) 'A');
        for (int i = 1; i < 93; i++) {
            assertThat(septets[i]).isEqualTo((byte) 0x0D);
        }
        assertThat(gsm.hex().get(0)).startsWith("c146").endsWith("d100"); // A, CR …; the 5 spare bits zero
        assertThat(ucs.hex().get(0)).isEqualTo("01af" + "000d".repeat(40));
    }

    @Test
    void fifteenPagesAtMost() {
        assertThat(BroadcastPages.encode("ư".repeat(15 * 41)).size()).isEqualTo(15);
        assertThat(BroadcastPages.encode("a".repeat(15 * 93)).size()).isEqualTo(15);
        assertThat(BroadcastPages.pagesNeeded("ư".repeat(15 * 41 + 1))).isEqualTo(16);

        assertThatThrownBy(() -> BroadcastPages.encode("ư".repeat(15 * 41 + 1)))
                .isInstanceOfSatisfying(BroadcastTooLongException.class, e -> {
                    assertThat(e.pagesNeeded()).isEqualTo(16);
                    assertThat(e.encoding()).isEqualTo(CbsEncoding.UCS_2);
                })
                .hasMessageContaining("16 pages in UCS_2")
                .hasMessageContaining("at most 15");
        assertThatThrownBy(() -> BroadcastPages.encode("a".repeat(15 * 93 + 1)))
                .isInstanceOf(BroadcastTooLongException.class);
    }

    @Test
    void anEmptyTextIsNotBroadcast() {
        assertThatThrownBy(() -> BroadcastPages.encode("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hexIsOnePageOf164LowerCaseDigitsAndReadsBack() {
        BroadcastPages pages =
                BroadcastPages.encode("Người dân ven suối di chuyển ngay đến nơi an toàn, không qua ngầm.");

        List<String> hex = pages.hex();

        assertThat(hex)
                .hasSize(2)
                .allSatisfy(page -> assertThat(page).hasSize(164).matches("[0-9a-f]+"));
        assertThat(BroadcastPages.fromHex(0x48, hex)).isEqualTo(pages);
        assertThat(BroadcastPages.fromHex(
                        0x48, hex.stream().map(String::toUpperCase).toList()))
                .isEqualTo(pages);
    }

    @Test
    void pagesMustBe82OctetsAndAtMost15() {
        assertThatThrownBy(() -> BroadcastPages.of(0x48, List.of(new byte[81]))).hasMessageContaining("82 octets");
        assertThatThrownBy(() -> BroadcastPages.of(0x48, List.of())).hasMessageContaining("1 to 15 pages");
        assertThatThrownBy(() -> BroadcastPages.of(0x48, java.util.Collections.nCopies(16, new byte[82])))
                .hasMessageContaining("1 to 15 pages");
    }

    @Test
    void readsPagesWithALanguageIndication() { // DCS group 0001 (TS 23.038 §5)
        byte[] gsm = padded(Gsm7Alphabet.pack(Gsm7Alphabet.encode("en\rHello")), 82);
        byte[] ucs = new byte[82];
        System.arraycopy(Gsm7Alphabet.pack(Gsm7Alphabet.encode("vi")), 0, ucs, 0, 2);
        System.arraycopy(Ucs2Alphabet.encode("Xin chào"), 0, ucs, 2, 16);

        assertThat(BroadcastPages.of(0x10, List.of(gsm)).text()).startsWith("Hello");
        assertThat(BroadcastPages.of(0x11, List.of(ucs)).text()).startsWith("Xin chào");
        assertThat(BroadcastPages.of(0x11, List.of(ucs)).encoding()).isEqualTo(CbsEncoding.UCS_2);
    }

    @Test
    void readsOtherGsm7LanguagesAndRefusesData() {
        byte[] page = BroadcastPages.encode("Hello").page(0);

        assertThat(BroadcastPages.of(0x01, List.of(page)).text()).isEqualTo("Hello"); // English
        assertThat(BroadcastPages.of(0x40, List.of(page)).text()).isEqualTo("Hello");
        assertThatThrownBy(() -> BroadcastPages.of(0x44, List.of(page)).text()).hasMessageContaining("8-bit");
        assertThatThrownBy(() -> BroadcastPages.of(0x60, List.of(page)).text()).hasMessageContaining("compressed");
    }

    @Test
    void pagesAreCopiesAndEqualByContent() {
        BroadcastPages pages = BroadcastPages.encode("Mã tin K7M2QX");
        pages.page(0)[0] = 0x7F;

        assertThat(pages.text()).isEqualTo("Mã tin K7M2QX");
        assertThat(pages)
                .isEqualTo(BroadcastPages.encode("Mã tin K7M2QX"))
                .hasSameHashCodeAs(BroadcastPages.encode("Mã tin K7M2QX"));
        assertThat(pages.toString()).isEqualTo("BroadcastPages[dcs=0x48, 1 pages]");
        assertThat(HexFormat.of().formatHex(pages.page(0)))
                .isEqualTo(pages.hex().get(0));
    }

    private static byte[] padded(byte[] octets, int length) {
        byte[] padded = new byte[length];
        System.arraycopy(octets, 0, padded, 0, octets.length);
        return padded;
    }
}
