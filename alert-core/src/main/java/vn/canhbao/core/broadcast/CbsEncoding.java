package vn.canhbao.core.broadcast;

/**
 * The two alphabets canhbao broadcasts in, with the Data Coding Scheme each is sent with (3GPP TS 23.038 §5, CBS
 * Data Coding Scheme) and how many characters one 82-octet page holds (TS 23.041 §9.4.1.2.2).
 *
 * <ul>
 *   <li>{@link #GSM_7}: DCS {@code 0x0F}, coding group 0000 "GSM 7 bit default alphabet, language unspecified". TS
 *       23.038's table of languages for that group has no Vietnamese, and group 0001's language indication in the
 *       text would cost three characters of every message, so the language is left unspecified (OsmoCBC chooses the
 *       same DCS for GSM text without a language). 93 septets a page.
 *   <li>{@link #UCS_2}: DCS {@code 0x48}, coding group 01xx "general data coding", uncompressed, no message class,
 *       character set UCS2 (bits 3–2 = 10). Unlike DCS {@code 0x11} ("UCS2, message preceded by language
 *       indication"), whose first two octets carry a language code as two GSM 7-bit characters, every octet of a
 *       page is text: 41 characters a page. No language code is wanted: Vietnamese has none in the DCS table anyway.
 * </ul>
 */
public enum CbsEncoding {
    GSM_7(0x0F, 93),
    UCS_2(0x48, 41);

    private final int dcs;
    private final int charactersPerPage;

    CbsEncoding(int dcs, int charactersPerPage) {
        this.dcs = dcs;
        this.charactersPerPage = charactersPerPage;
    }

    /** The Data Coding Scheme canhbao sends this alphabet with. */
    public int dcs() {
        return dcs;
    }

    /** Characters (GSM-7: septets, an extension character counting two) one page holds. */
    public int charactersPerPage() {
        return charactersPerPage;
    }

    /** GSM-7 when every character of {@code text} is in the GSM 7-bit default alphabet, else UCS-2. */
    public static CbsEncoding of(String text) {
        return Gsm7Alphabet.isRepresentable(text) ? GSM_7 : UCS_2;
    }
}
