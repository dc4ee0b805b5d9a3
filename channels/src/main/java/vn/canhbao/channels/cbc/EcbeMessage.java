package vn.canhbao.channels.cbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import vn.canhbao.core.broadcast.BroadcastPages;
import vn.canhbao.core.broadcast.SerialNumber;

/**
 * The {@code cbc_message} of {@code POST /api/ecbe/v1/message} (OsmoCBC's {@code cbc.schema.json} and
 * {@code smscb.schema.json}): canhbao as CBE, the configured category and repetition period, as many repetitions as
 * last until the alert expires, the PLMN scope (the only one OsmoCBC 0.4.0 takes: the cells of the BSCs connected to it
 * decide where it goes), the identifier, the serial number decoded, and the pages encoded ({@code payload_encoded}:
 * 0.4.0's {@code payload_decoded} loses UCS-2 text).
 */
final class EcbeMessage {

    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * How long a warning without an expiry is broadcast: six hours, as long as the pipeline keeps retrying one. A
     * broadcast that never stops would outlive the danger.
     */
    static final Duration WITHOUT_EXPIRY = Duration.ofHours(6);

    /** The largest number of broadcasts CBSP can ask for (16 bits); 0 would mean "until killed". */
    static final int MAX_BROADCASTS = 65535;

    private final CbcConfig config;

    EcbeMessage(CbcConfig config) {
        this.config = config;
    }

    String bodyFor(int messageId, SerialNumber serial, BroadcastPages pages, OffsetDateTime expires, Instant now) {
        ObjectNode message = JSON.createObjectNode()
                .put("cbe_name", config.cbeName())
                .put("category", config.category())
                .put("repetition_period", config.repetitionPeriod())
                .put("num_of_bcast", broadcasts(expires, now));
        message.putObject("scope").putObject("scope_plmn");
        ObjectNode smscb = message.putObject("smscb_message").put("message_id", messageId);
        smscb.putObject("serial_nr")
                .putObject("serial_nr_decoded")
                .put("geo_scope", EcbeScopes.name(serial.scope()))
                .put("msg_code", serial.messageCode())
                .put("update_nr", serial.updateNumber());
        ObjectNode encoded =
                smscb.putObject("payload").putObject("payload_encoded").put("dcs", pages.dcs());
        pages.hex().forEach(encoded.putArray("pages")::add);
        try {
            return JSON.writeValueAsString(message);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a tree of strings and numbers is always writable", impossible);
        }
    }

    /**
     * Enough repetitions to cover the time until {@code expires}, so that the cells stop by themselves when the warning
     * does, without canhbao having to kill it; at least one.
     */
    int broadcasts(OffsetDateTime expires, Instant now) {
        Duration left = expires == null ? WITHOUT_EXPIRY : Duration.between(now, expires.toInstant());
        long period = config.repetitionPeriod() * CbcConfig.REPETITION_UNIT.toMillis();
        long needed = (Math.max(0, left.toMillis()) + period - 1) / period;
        return (int) Math.clamp(needed, 1, MAX_BROADCASTS);
    }
}
