package vn.canhbao.gateway.registry;

/**
 * A mobile network cell that covers a ward, by its global identity: the country (MCC, 452 for Viet Nam), the carrier
 * (MNC: 01 MobiFone, 02 VinaPhone, 04 Viettel, 05 Vietnamobile, 07 Gmobile …), the location area (LAC; the tracking
 * area on 4G) and the cell id (16 bits on 2G, 28 on 3G and 4G). A ward's cell broadcast is scoped to its cells.
 */
public record Cell(String mcc, String mnc, int lac, long cellId) {

    /** Viet Nam's mobile country code: canhbao broadcasts in no other country. */
    public static final String VIET_NAM = "452";

    /** The largest cell id a network uses (28 bits, UTRAN and E-UTRAN; GSM's fit in 16). */
    static final long MAX_CELL_ID = (1L << 28) - 1;
}
