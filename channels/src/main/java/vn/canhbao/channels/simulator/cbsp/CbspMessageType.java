package vn.canhbao.channels.simulator.cbsp;

import java.util.Arrays;

/**
 * The CBSP message types of 3GPP TS 48.049 §8.2.2, with their codes. The first octet of every CBSP message is one of
 * these.
 */
public enum CbspMessageType {
    WRITE_REPLACE(0x01),
    WRITE_REPLACE_COMPLETE(0x02),
    WRITE_REPLACE_FAILURE(0x03),
    KILL(0x04),
    KILL_COMPLETE(0x05),
    KILL_FAILURE(0x06),
    LOAD_QUERY(0x07),
    LOAD_QUERY_COMPLETE(0x08),
    LOAD_QUERY_FAILURE(0x09),
    MESSAGE_STATUS_QUERY(0x0a),
    MESSAGE_STATUS_QUERY_COMPLETE(0x0b),
    MESSAGE_STATUS_QUERY_FAILURE(0x0c),
    SET_DRX(0x0d),
    SET_DRX_COMPLETE(0x0e),
    SET_DRX_FAILURE(0x0f),
    RESET(0x10),
    RESET_COMPLETE(0x11),
    RESET_FAILURE(0x12),
    RESTART(0x13),
    FAILURE(0x14),
    ERROR_INDICATION(0x15),
    KEEP_ALIVE(0x16),
    KEEP_ALIVE_COMPLETE(0x17);

    private final int code;

    CbspMessageType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The type with this code; an unknown code is refused. */
    public static CbspMessageType of(int code) {
        return Arrays.stream(values())
                .filter(type -> type.code == code)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown CBSP message type 0x%02x".formatted(code)));
    }
}
