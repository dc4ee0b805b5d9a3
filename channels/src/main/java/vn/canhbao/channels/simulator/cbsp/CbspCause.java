package vn.canhbao.channels.simulator.cbsp;

/** The CBSP causes (3GPP TS 48.049 §8.2.13) the simulated BSC gives in failure lists and error indications. */
public final class CbspCause {

    /** The message identifier and serial number match no message the BSC holds. */
    public static final int MESSAGE_REFERENCE_NOT_IDENTIFIED = 0x02;

    /** The cell is not one of the BSC's. */
    public static final int CELL_IDENTITY_NOT_VALID = 0x03;

    public static final int UNRECOGNISED_MESSAGE = 0x04;

    /** A WRITE-REPLACE for a message identifier and serial number the cell already broadcasts. */
    public static final int MESSAGE_REFERENCE_ALREADY_USED = 0x0d;

    private CbspCause() {}
}
