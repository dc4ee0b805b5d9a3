package vn.canhbao.channels.cbc;

import java.util.Objects;
import vn.canhbao.core.broadcast.SerialNumber;

/**
 * What the CBC is to do with one ward's broadcast of one alert, written as the dispatch's address: write the message
 * (a new warning or an Update) or kill it (a Cancel). The planner decides it from the alert's chain; the adapter
 * only carries it out.
 *
 * <p>Written {@code cbs:<ward>:write:<identifier>:<serial>[:<replaced identifier>]} or
 * {@code cbs:<ward>:kill:<identifier>:<serial>}, the serial number as its 16-bit value, e.g.
 * {@code cbs:01879:write:4371:40976}.
 *
 * @param wardCode the ward whose cells broadcast it (five digits)
 * @param messageId the CBS Message Identifier (4370–4399 for a warning)
 * @param serialNumber the serial number written, or of the version killed
 * @param replacedMessageId for an Update whose level moved the warning to another identifier, the identifier it was
 *     on, which the CBC is to stop; otherwise {@code null}
 */
public record CellBroadcastOrder(
        String wardCode, Operation operation, int messageId, SerialNumber serialNumber, Integer replacedMessageId) {

    /** Write (or replace) the message, or kill it. */
    public enum Operation {
        WRITE,
        KILL
    }

    private static final String PREFIX = "cbs";

    public CellBroadcastOrder {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(serialNumber, "serialNumber");
        if (wardCode == null || !wardCode.matches("\\d{5}")) {
            throw new IllegalArgumentException("A ward code is five digits, was " + wardCode);
        }
        if (messageId < 0 || messageId > 0xFFFF) {
            throw new IllegalArgumentException("A message identifier is 0 to 65535, was " + messageId);
        }
        if (replacedMessageId != null) {
            if (operation != Operation.WRITE) {
                throw new IllegalArgumentException("Only a write replaces another identifier");
            }
            if (replacedMessageId < 0 || replacedMessageId > 0xFFFF || replacedMessageId == messageId) {
                throw new IllegalArgumentException(
                        "The replaced identifier must be another 0 to 65535, was " + replacedMessageId);
            }
        }
    }

    public static CellBroadcastOrder write(
            String wardCode, int messageId, SerialNumber serialNumber, Integer replacedMessageId) {
        return new CellBroadcastOrder(wardCode, Operation.WRITE, messageId, serialNumber, replacedMessageId);
    }

    public static CellBroadcastOrder kill(String wardCode, int messageId, SerialNumber serialNumber) {
        return new CellBroadcastOrder(wardCode, Operation.KILL, messageId, serialNumber, null);
    }

    /** Whether the warning was broadcast before under this order's identifiers: an Update replaces it. */
    public boolean replaces() {
        return operation == Operation.WRITE && (serialNumber.updateNumber() > 0 || replacedMessageId != null);
    }

    /** The address form, as {@link #parse} reads it. */
    public String format() {
        String op = operation == Operation.WRITE ? "write" : "kill";
        return PREFIX + ":" + wardCode + ":" + op + ":" + messageId + ":" + serialNumber.encoded()
                + (replacedMessageId == null ? "" : ":" + replacedMessageId);
    }

    /**
     * Reads an address written by {@link #format()}.
     *
     * @throws IllegalArgumentException naming what is wrong with it
     */
    public static CellBroadcastOrder parse(String address) {
        String[] parts = address == null ? new String[0] : address.split(":", -1);
        if (parts.length < 5 || parts.length > 6 || !parts[0].equals(PREFIX)) {
            throw new IllegalArgumentException("Not a cell broadcast address (cbs:<ward>:write|kill:<identifier>:"
                    + "<serial>[:<replaced identifier>]): " + address);
        }
        Operation operation =
                switch (parts[2]) {
                    case "write" -> Operation.WRITE;
                    case "kill" -> Operation.KILL;
                    default ->
                        throw new IllegalArgumentException(
                                "A cell broadcast is 'write' or 'kill', was '" + parts[2] + "' in " + address);
                };
        try {
            return new CellBroadcastOrder(
                    parts[1],
                    operation,
                    Integer.parseInt(parts[3]),
                    SerialNumber.decode(Integer.parseInt(parts[4])),
                    parts.length == 6 ? Integer.valueOf(parts[5]) : null);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Identifiers and serial number must be numbers in " + address, e);
        }
    }
}
