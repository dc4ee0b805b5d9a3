package vn.canhbao.channels.loudspeaker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import vn.canhbao.core.delivery.Dispatch;

/**
 * The JSON body of {@code POST {base}/broadcasts} for one dispatch, named by the vendor's
 * {@link LoudspeakerFieldMapping}: one cluster, the spoken script for text-to-speech, the configured voice and repeat
 * count, emergency priority, now, the alert's expiry, the callback URL and our dispatch id as the reference.
 */
final class BroadcastRequest {

    /** The contract's word for "play as soon as the cluster is free" (an emergency pre-empts programmes). */
    static final String NOW = "now";

    private final LoudspeakerConfig config;
    private final LoudspeakerFieldMapping mapping;

    BroadcastRequest(LoudspeakerConfig config) {
        this.config = config;
        this.mapping = config.mapping();
    }

    String bodyFor(Dispatch dispatch) {
        ObjectNode root = JsonFields.JSON.createObjectNode();
        JsonFields.objectFor(root, mapping.clusterIds())
                .putArray(JsonFields.leaf(mapping.clusterIds()))
                .add(dispatch.address());
        // The text is already the spoken script (core MessageRenderer: exercise first and last, time of issue, the key
        // sentence repeated); the gateway reads it as it is.
        put(root, mapping.text(), dispatch.body());
        put(root, mapping.voice(), config.voice());
        if (LoudspeakerFieldMapping.sends(mapping.repeat())) {
            JsonFields.objectFor(root, mapping.repeat()).put(JsonFields.leaf(mapping.repeat()), config.repeat());
        }
        put(root, mapping.priority(), mapping.emergencyPriority());
        put(root, mapping.schedule(), NOW);
        if (dispatch.expires() != null) {
            put(root, mapping.expiresAt(), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dispatch.expires()));
        }
        if (config.callbackUrl() != null) {
            put(
                    root,
                    mapping.callbackUrl(),
                    callbackFor(config.callbackUrl(), dispatch).toString());
        }
        put(root, mapping.reference(), dispatch.id().toString());
        try {
            return JsonFields.JSON.writeValueAsString(root);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a tree of strings and numbers is always writable", impossible);
        }
    }

    /** The callback URL with {@code dispatch=<id>} added to its query, as for Twilio's status callback. */
    static URI callbackFor(URI callbackUrl, Dispatch dispatch) {
        String separator = callbackUrl.getRawQuery() == null ? "?" : "&";
        return URI.create(callbackUrl + separator + LoudspeakerAdapter.DISPATCH_PARAMETER + "=" + dispatch.id());
    }

    private static void put(ObjectNode root, String name, String value) {
        if (LoudspeakerFieldMapping.sends(name) && value != null) {
            JsonFields.objectFor(root, name).put(JsonFields.leaf(name), value);
        }
    }
}
