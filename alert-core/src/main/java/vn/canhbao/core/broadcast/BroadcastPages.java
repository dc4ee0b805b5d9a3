package vn.canhbao.core.broadcast;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A cell broadcast message's user data as a CBC takes it: the Data Coding Scheme and 1 to {@value #MAX_PAGES} pages
 * of exactly {@value #PAGE_OCTETS} octets each (3GPP TS 23.041 §9.4.1.2.2; OsmoCBC's ECBE {@code payload_encoded}:
 * {@code dcs} and {@code pages}, one hex string a page).
 *
 * <p>{@link #encode(String)} sends GSM-7 when the whole text is in the GSM 7-bit default alphabet and UCS-2 otherwise
 * ({@link CbsEncoding}). A GSM-7 page holds 93 septets packed into 82 octets; an escape and its extension character
 * are never split between pages. A UCS-2 page holds 41 characters. The last page is padded with carriage returns
 * (CR, {@code 0x0D}; in UCS-2 {@code U+000D}), as TS 23.038 §6.1.2.2 asks for CBS and as handsets strip: a text's own
 * trailing CRs are therefore not kept, and the renderers never end a text with one.
 *
 * <p>{@link #text()} decodes the pages back, for tests and for the BSC simulator, which receives what a handset
 * would; {@link #of} and {@link #fromHex} take pages as received, in GSM-7 or UCS-2 under any DCS that says so
 * (language indication included).
 */
public final class BroadcastPages {

    /** Octets of user data in one CBS page (TS 23.041 §9.4.1.2.2). */
    public static final int PAGE_OCTETS = 82;

    /** The most pages one CBS message may have (TS 23.041 §9.4.1.2.2; OsmoCBC refuses more). */
    public static final int MAX_PAGES = 15;

    private static final HexFormat HEX = HexFormat.of();

    private final int dcs;
    private final List<byte[]> pages;

    private BroadcastPages(int dcs, List<byte[]> pages) {
        if (dcs < 0 || dcs > 0xFF) {
            throw new IllegalArgumentException("A DCS is one octet, was " + dcs);
        }
        if (pages.isEmpty() || pages.size() > MAX_PAGES) {
            throw new IllegalArgumentException("A CBS message has 1 to " + MAX_PAGES + " pages, was " + pages.size());
        }
        List<byte[]> copies = new ArrayList<>(pages.size());
        for (byte[] page : pages) {
            if (page.length != PAGE_OCTETS) {
                throw new IllegalArgumentException("A CBS page has " + PAGE_OCTETS + " octets, page "
                        + (copies.size() + 1) + " had " + page.length);
            }
            copies.add(page.clone());
        }
        this.dcs = dcs;
        this.pages = List.copyOf(copies);
    }

    /** {@code text} in the alphabet it needs: GSM-7 if it can, else UCS-2. */
    public static BroadcastPages encode(String text) {
        return encode(text, CbsEncoding.of(text));
    }

    /**
     * {@code text} in {@code encoding}.
     *
     * @throws BroadcastTooLongException when it needs more than {@value #MAX_PAGES} pages
     * @throws IllegalArgumentException when it is empty or has a character {@code encoding} cannot carry
     */
    public static BroadcastPages encode(String text, CbsEncoding encoding) {
        Objects.requireNonNull(encoding, "encoding");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("An empty text is not broadcast");
        }
        List<byte[]> pages = encoding == CbsEncoding.GSM_7 ? gsm7Pages(text) : ucs2Pages(text);
        if (pages.size() > MAX_PAGES) {
            throw new BroadcastTooLongException(encoding, pages.size());
        }
        return new BroadcastPages(encoding.dcs(), pages);
    }

    /** How many pages {@code text} takes in the alphabet it needs, even beyond {@value #MAX_PAGES}; 0 when empty. */
    public static int pagesNeeded(String text) {
        return pagesNeeded(text, CbsEncoding.of(text));
    }

    /** How many pages {@code text} takes in {@code encoding}, even beyond {@value #MAX_PAGES}; 0 when empty. */
    public static int pagesNeeded(String text, CbsEncoding encoding) {
        if (text.isEmpty()) {
            return 0;
        }
        return encoding == CbsEncoding.GSM_7
                ? gsm7Pages(text).size()
                : ucs2Pages(text).size();
    }

    /** Pages as received, each of {@value #PAGE_OCTETS} octets. */
    public static BroadcastPages of(int dcs, List<byte[]> pages) {
        return new BroadcastPages(dcs, pages);
    }

    /** Pages as received in hex, as in OsmoCBC's {@code payload_encoded}; either case. */
    public static BroadcastPages fromHex(int dcs, List<String> hexPages) {
        return new BroadcastPages(dcs, hexPages.stream().map(HEX::parseHex).toList());
    }

    /** The Data Coding Scheme octet. */
    public int dcs() {
        return dcs;
    }

    /** The alphabet the DCS names. */
    public CbsEncoding encoding() {
        return PageText.encodingOf(dcs);
    }

    public int size() {
        return pages.size();
    }

    /** A copy of page {@code index} (from 0), {@value #PAGE_OCTETS} octets. */
    public byte[] page(int index) {
        return pages.get(index).clone();
    }

    /**
     * Each page as 164 lower-case hex digits. OsmoCBC's schema ({@code smscb.schema.json}, {@code page}) says only
     * "string"; its parser ({@code osmo_hexparse}) takes either case, and lower case is what Osmocom prints.
     */
    public List<String> hex() {
        return pages.stream().map(HEX::formatHex).toList();
    }

    /** The text the pages carry, as a handset shows it: pages joined, each without its padding. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (byte[] page : pages) {
            text.append(PageText.decode(dcs, page));
        }
        return text.toString();
    }

    /** Each page's text without its padding, as a handset shows the pages one by one: for the officer's preview. */
    public List<String> pageTexts() {
        return pages.stream().map(page -> PageText.decode(dcs, page)).toList();
    }

    private static List<byte[]> gsm7Pages(String text) {
        int perPage = CbsEncoding.GSM_7.charactersPerPage();
        List<byte[]> pages = new ArrayList<>();
        ByteArrayOutputStream page = new ByteArrayOutputStream(perPage);
        for (int i = 0; i < text.length(); i++) {
            byte[] septets = Gsm7Alphabet.encode(String.valueOf(text.charAt(i)));
            if (page.size() + septets.length > perPage) {
                pages.add(gsm7Page(page.toByteArray()));
                page.reset();
            }
            page.writeBytes(septets);
        }
        pages.add(gsm7Page(page.toByteArray()));
        return pages;
    }

    private static byte[] gsm7Page(byte[] septets) {
        byte[] padded = Arrays.copyOf(septets, CbsEncoding.GSM_7.charactersPerPage());
        Arrays.fill(padded, septets.length, padded.length, (byte) Gsm7Alphabet.CR);
        return Gsm7Alphabet.pack(padded);
    }

    private static List<byte[]> ucs2Pages(String text) {
        byte[] octets = Ucs2Alphabet.encode(text);
        List<byte[]> pages = new ArrayList<>();
        for (int start = 0; start < octets.length; start += PAGE_OCTETS) {
            byte[] page = new byte[PAGE_OCTETS];
            int length = Math.min(PAGE_OCTETS, octets.length - start);
            System.arraycopy(octets, start, page, 0, length);
            for (int i = length; i < PAGE_OCTETS; i += 2) {
                page[i + 1] = (byte) Gsm7Alphabet.CR; // U+000D, big-endian
            }
            pages.add(page);
        }
        return pages;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof BroadcastPages that) || dcs != that.dcs || pages.size() != that.pages.size()) {
            return false;
        }
        for (int i = 0; i < pages.size(); i++) {
            if (!Arrays.equals(pages.get(i), that.pages.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = dcs;
        for (byte[] page : pages) {
            hash = 31 * hash + Arrays.hashCode(page);
        }
        return hash;
    }

    @Override
    public String toString() {
        return "BroadcastPages[dcs=0x" + String.format("%02X", dcs) + ", " + pages.size() + " pages]";
    }
}
