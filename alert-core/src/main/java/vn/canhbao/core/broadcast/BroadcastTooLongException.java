package vn.canhbao.core.broadcast;

/** A text that needs more than the 15 pages a cell broadcast message may have (3GPP TS 23.041 §9.4.1.2.2). */
public final class BroadcastTooLongException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final CbsEncoding encoding;
    private final int pagesNeeded;

    public BroadcastTooLongException(CbsEncoding encoding, int pagesNeeded) {
        super("The text needs " + pagesNeeded + " pages in " + encoding + " (" + encoding.charactersPerPage()
                + " characters a page); a cell broadcast message has at most " + BroadcastPages.MAX_PAGES);
        this.encoding = encoding;
        this.pagesNeeded = pagesNeeded;
    }

    public CbsEncoding encoding() {
        return encoding;
    }

    public int pagesNeeded() {
        return pagesNeeded;
    }
}
