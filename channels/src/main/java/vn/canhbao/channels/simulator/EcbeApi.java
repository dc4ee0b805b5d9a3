package vn.canhbao.channels.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.canhbao.channels.cbc.EcbeScopes;
import vn.canhbao.core.broadcast.BroadcastPages;
import vn.canhbao.core.broadcast.GeographicalScope;
import vn.canhbao.core.broadcast.SerialNumber;

/**
 * Answers as OsmoCBC 0.4.0's ECBE REST interface does ({@code src/rest_api.c}): {@code POST /api/ecbe/v1/message}
 * 201 "Created", 400 with the reason in plain text, 409 "Could not allocate" for an identifier already active (it
 * keys messages by identifier alone); {@code DELETE /api/ecbe/v1/message/{id}} 200 "OK" or 404 "Unknown message ID".
 * Like 0.4.0 it takes only the PLMN scope, and refuses {@code payload_decoded} in UCS-2, which 0.4.0 stores empty.
 */
final class EcbeApi extends SimulatedApi {

    static final String MESSAGES = "/api/ecbe/v1/message";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<Integer, EcbeBroadcast> active = new ConcurrentHashMap<>();
    private final List<EcbeBroadcast> received = new CopyOnWriteArrayList<>();
    private final List<EcbeBroadcast> killed = new CopyOnWriteArrayList<>();
    private final AcceptedMessages written = new AcceptedMessages("cell broadcast");

    EcbeApi() {
        super("rateLimitNext", 1);
    }

    @Override
    public String getName() {
        return "ecbe-api";
    }

    @Override
    ResponseDefinition serve(String path, Request request) {
        if (!path.equals(MESSAGES) && !path.startsWith(MESSAGES + "/")) {
            return text(404, "Not Found");
        }
        if (faults().rateLimitsNow()) {
            return JsonAnswer.withRetryAfter(
                            JsonAnswer.of("text/plain", 429, "Too Many Requests", latencyMillis()),
                            faults().retryAfterSeconds())
                    .build();
        }
        int failure = faults().failureStatusNow();
        if (failure != 0) {
            return text(failure, failure == 503 ? "Service Unavailable" : "Internal Server Error");
        }
        if (RequestMethod.POST.equals(request.getMethod()) && path.equals(MESSAGES)) {
            return create(request.getBodyAsString());
        }
        if (RequestMethod.DELETE.equals(request.getMethod()) && path.length() > MESSAGES.length() + 1) {
            return delete(path.substring(MESSAGES.length() + 1));
        }
        return text(405, "Method Not Allowed");
    }

    private ResponseDefinition create(String body) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException notJson) {
            json = null;
        }
        if (json == null || !json.isObject()) {
            return text(400, "REST: No JSON Body");
        }
        if (!json.path("scope").isObject()) {
            return text(400, "CBCMSG 'scope' is mandatory");
        }
        if (!json.path("scope").has("scope_plmn")) {
            return text(400, "CBCMSG only 'scope_plmn' supported");
        }
        JsonNode smscb = json.path("smscb_message");
        if (!smscb.isObject()) {
            return text(400, "CBCMSG 'smscb_message' is mandatory");
        }
        int messageId = smscb.path("message_id").asInt(-1);
        if (!smscb.path("message_id").isInt() || messageId < 0 || messageId > 0xFFFF) {
            return text(400, "'message_id' is mandatory and 0..65535");
        }
        SerialNumber serial;
        try {
            serial = serialNumber(smscb.path("serial_nr"));
        } catch (IllegalArgumentException bad) {
            return text(400, bad.getMessage());
        }
        JsonNode payload = smscb.path("payload");
        if (payload.path("payload_decoded").path("character_set").asText("").equals("ucs2")) {
            // 0.4.0 takes it and stores an empty message; refusing it here makes the mistake visible.
            return text(400, "payload_decoded in UCS-2 is stored empty by OsmoCBC 0.4.0; send payload_encoded");
        }
        JsonNode encoded = payload.path("payload_encoded");
        if (!encoded.path("dcs").isInt()
                || !encoded.path("pages").isArray()
                || encoded.path("pages").isEmpty()) {
            return text(400, "'payload_encoded' needs 'dcs' and 1 to 15 'pages'");
        }
        List<String> pages = new ArrayList<>();
        encoded.path("pages").forEach(page -> pages.add(page.asText()));
        String text;
        try {
            text = BroadcastPages.fromHex(encoded.path("dcs").asInt(), pages).text();
        } catch (IllegalArgumentException bad) {
            return text(400, "pages: " + bad.getMessage());
        }
        EcbeBroadcast broadcast = new EcbeBroadcast(
                messageId,
                serial,
                encoded.path("dcs").asInt(),
                pages,
                text,
                json.path("cbe_name").asText(""),
                json.path("category").asText("normal"),
                json.path("repetition_period").asInt(0),
                json.path("num_of_bcast").asInt(0),
                Instant.now());
        if (active.putIfAbsent(messageId, broadcast) != null) {
            return text(409, "Could not allocate");
        }
        received.add(broadcast);
        written.record(Integer.toString(messageId), text);
        return text(201, "Created");
    }

    private static SerialNumber serialNumber(JsonNode serial) {
        if (serial.isInt()) {
            return SerialNumber.decode(serial.asInt());
        }
        JsonNode decoded = serial.path("serial_nr_decoded");
        if (!decoded.isObject()) {
            throw new IllegalArgumentException("'serial_nr' is mandatory");
        }
        GeographicalScope scope = EcbeScopes.of(decoded.path("geo_scope").asText(""))
                .orElseThrow(() -> new IllegalArgumentException("'geo_scope' is invalid"));
        return new SerialNumber(
                scope,
                decoded.path("msg_code").asInt(-1),
                decoded.path("update_nr").asInt(-1));
    }

    private ResponseDefinition delete(String id) {
        int messageId;
        try {
            messageId = Integer.parseInt(id);
        } catch (NumberFormatException notANumber) {
            return text(400, "");
        }
        EcbeBroadcast gone = active.remove(messageId);
        if (gone == null) {
            return text(404, "Unknown message ID");
        }
        killed.add(gone);
        return text(200, "OK");
    }

    private ResponseDefinition text(int status, String body) {
        return JsonAnswer.of("text/plain", status, body, latencyMillis()).build();
    }

    @Override
    ResponseDefinition controlAnswer(int status, String json) {
        return JsonAnswer.of(status, json, 0).build();
    }

    @Override
    String statsJson() {
        return "{\"requests\":" + requests() + ",\"written\":" + received.size() + ",\"killed\":" + killed.size()
                + ",\"active\":" + active.size() + ",\"latencyMs\":" + latencyMillis() + ",\"failureRate\":"
                + faults().failureRate() + "}";
    }

    @Override
    List<AcceptedMessages.Message> newestMessages(String to, String contains, int limit) {
        return written.newest(to, contains, limit);
    }

    @Override
    Map<String, Integer> recipientCounts() {
        return written.countsByTo();
    }

    @Override
    void forgetAccepted() {
        active.clear();
        received.clear();
        killed.clear();
        written.clear();
    }

    Map<Integer, EcbeBroadcast> active() {
        return Map.copyOf(active);
    }

    List<EcbeBroadcast> received() {
        return List.copyOf(received);
    }

    List<EcbeBroadcast> killed() {
        return List.copyOf(killed);
    }
}
