package vn.canhbao.core.broadcast;

import java.util.Objects;
import vn.canhbao.core.alert.AlertId;

/**
 * The 16-bit serial number of a CBS message (3GPP TS 23.041 §9.4.1.2.1): geographical scope (2 bits), message code
 * (10 bits) and update number (4 bits), most significant first. A handset shows a message again only when its
 * identifier or serial number changed, so a warning keeps its message code for life and each Update raises the
 * update number, wrapping from 15 to 0.
 *
 * <p>canhbao broadcasts with {@link GeographicalScope#LOCATION_AREA_WIDE} ({@link #DEFAULT_SCOPE}): a ward's cells
 * lie in one or a few location (tracking) areas, and a resident who walks from one of the ward's cells to the next
 * is not alarmed a second time by the same warning, as the cell-wide scopes would do. The PLMN-wide scope would ask
 * the message code to be unique in the whole network, which ten bits derived from an alert id cannot promise for
 * 3,321 wards; within one location area two live warnings on the same identifier sharing a code is rare (1 in
 * 1,024), and the update number still tells their versions apart.
 *
 * <p>{@link #messageCode(AlertId)} derives the code from the id of the first alert of a warning (the one its
 * Updates and Cancel reference), so every replica and every restart computes the same code: the low 10 bits of
 * {@link java.util.UUID#hashCode()}, which the JDK specifies exactly and which mixes all 128 bits.
 */
public record SerialNumber(GeographicalScope scope, int messageCode, int updateNumber) {

    public static final GeographicalScope DEFAULT_SCOPE = GeographicalScope.LOCATION_AREA_WIDE;

    public static final int MAX_MESSAGE_CODE = 1023;
    public static final int MAX_UPDATE_NUMBER = 15;

    public SerialNumber {
        Objects.requireNonNull(scope, "scope");
        if (messageCode < 0 || messageCode > MAX_MESSAGE_CODE) {
            throw new IllegalArgumentException("A message code is 0 to " + MAX_MESSAGE_CODE + ", was " + messageCode);
        }
        if (updateNumber < 0 || updateNumber > MAX_UPDATE_NUMBER) {
            throw new IllegalArgumentException(
                    "An update number is 0 to " + MAX_UPDATE_NUMBER + ", was " + updateNumber);
        }
    }

    /** The serial number of a warning's first broadcast: the default scope, its message code, update number 0. */
    public static SerialNumber first(AlertId firstAlert) {
        return new SerialNumber(DEFAULT_SCOPE, messageCode(firstAlert), 0);
    }

    /** The serial number after {@code updates} Updates of the warning whose first alert is {@code firstAlert}. */
    public static SerialNumber afterUpdates(AlertId firstAlert, int updates) {
        if (updates < 0) {
            throw new IllegalArgumentException("updates must not be negative, was " + updates);
        }
        return new SerialNumber(DEFAULT_SCOPE, messageCode(firstAlert), updates % (MAX_UPDATE_NUMBER + 1));
    }

    /** The stable 10-bit message code of the warning whose first alert is {@code firstAlert}. */
    public static int messageCode(AlertId firstAlert) {
        return firstAlert.value().hashCode() & MAX_MESSAGE_CODE;
    }

    /** The serial number of the next Update: the same scope and code, the update number plus one, 15 wrapping to 0. */
    public SerialNumber nextUpdate() {
        return new SerialNumber(scope, messageCode, (updateNumber + 1) % (MAX_UPDATE_NUMBER + 1));
    }

    /** The 16-bit value: scope in bits 15–14, message code in 13–4, update number in 3–0. */
    public int encoded() {
        return scope.code() << 14 | messageCode << 4 | updateNumber;
    }

    /** The serial number of the 16-bit {@code value}. */
    public static SerialNumber decode(int value) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException("A serial number is 16 bits, was " + value);
        }
        return new SerialNumber(GeographicalScope.of(value >> 14), (value >> 4) & MAX_MESSAGE_CODE, value & 0xF);
    }
}
