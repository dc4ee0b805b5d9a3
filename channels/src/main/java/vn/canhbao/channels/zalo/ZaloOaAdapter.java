package vn.canhbao.channels.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import vn.canhbao.channels.ChannelAdapter;
import vn.canhbao.channels.ChannelLimits;
import vn.canhbao.channels.FailureReason;
import vn.canhbao.channels.SendResult;
import vn.canhbao.core.alert.ShortCode;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Dispatch;

/**
 * Sends a warning on Zalo: as an OA consultation message ({@code POST /v3.0/oa/message/cs}) to a user who follows the
 * OA and wrote to it within 7 days, otherwise as a ZNS template message by phone
 * ({@code POST {business}/message/template}). The address is a {@link ZaloRecipient}: with a user id it tries the OA
 * message first and, when Zalo answers -230 (outside the 7-day window) or "not a follower" and the recipient has a
 * phone, falls back to ZNS within the same send; with only a phone it goes straight to ZNS.
 *
 * <p>When Zalo rejects the access token (-216, or -124 on ZNS) the adapter refreshes it through the
 * {@link ZaloAccessTokens} and sends that one request once more: token upkeep, not a delivery retry. Everything else
 * is classified and returned; the dispatcher retries.
 */
public final class ZaloOaAdapter implements ChannelAdapter, AutoCloseable {

    /** Zalo has no batch send for either path: one message per request. */
    private static final int BATCH_SIZE = 1;

    /** The ZNS title parameter when the dispatch has none. */
    static final String DEFAULT_ZNS_TITLE = "Cảnh báo thiên tai";

    private final ZaloConfig config;
    private final ZaloHttp http;
    private final ZaloAccessTokens tokens;
    private final ZaloFailureClassifier classifier;
    private final ChannelLimits limits;
    private final Clock clock;
    private final URI csEndpoint;
    private final URI znsEndpoint;
    private final URI quotaEndpoint;

    public ZaloOaAdapter(ZaloConfig config, ZaloTokenStore store) {
        this(config, store, Clock.systemUTC());
    }

    /** @param clock decides when the access token is due for refresh, and reads {@code Retry-After} dates */
    public ZaloOaAdapter(ZaloConfig config, ZaloTokenStore store, Clock clock) {
        this.config = config.validate();
        this.clock = clock;
        this.http = new ZaloHttp(config);
        this.tokens = new ZaloAccessTokens(config, store, http, clock);
        this.classifier = new ZaloFailureClassifier(List.of(config.appSecretKey(), config.oaSecretKey()));
        this.limits = config.limits().channelLimits(BATCH_SIZE);
        this.csEndpoint = ZaloHttp.resolve(config.openApiBaseUrl(), "/v3.0/oa/message/cs");
        this.znsEndpoint = ZaloHttp.resolve(config.businessApiBaseUrl(), "/message/template");
        this.quotaEndpoint = ZaloHttp.resolve(config.businessApiBaseUrl(), "/message/quota");
    }

    @Override
    public Channel channel() {
        return Channel.ZALO;
    }

    @Override
    public ChannelLimits limits() {
        return limits;
    }

    /** The token manager this adapter sends with, e.g. for the gateway's OA authorisation callback. */
    public ZaloAccessTokens tokens() {
        return tokens;
    }

    @Override
    public SendResult send(Dispatch dispatch) {
        ZaloRecipient recipient;
        try {
            recipient = ZaloRecipient.parse(dispatch.address());
        } catch (IllegalArgumentException bad) {
            return SendResult.failed(FailureReason.INVALID_ADDRESS, "not a Zalo address: " + bad.getMessage());
        }
        if (recipient.userId() == null) {
            return sendZns(recipient, dispatch);
        }
        Sent cs = post("OA", csEndpoint, consultation(recipient, dispatch), "message_id");
        if (cs.answer() != null
                && ZaloFailureClassifier.FALLBACK_TO_ZNS.contains(cs.answer().error())
                && recipient.phone() != null
                && config.znsTemplateId() != null) {
            return sendZns(recipient, dispatch);
        }
        return cs.result();
    }

    private SendResult sendZns(ZaloRecipient recipient, Dispatch dispatch) {
        if (config.znsTemplateId() == null) {
            return SendResult.failed(
                    FailureReason.REJECTED,
                    "the recipient has no Zalo user id and no ZNS template is configured to reach its phone");
        }
        return post("ZNS", znsEndpoint, template(recipient, dispatch), "msg_id").result();
    }

    /** {@code {"recipient":{"user_id":…},"message":{"text":…}}}. */
    private static ObjectNode consultation(ZaloRecipient recipient, Dispatch dispatch) {
        ObjectNode body = ZaloHttp.JSON.createObjectNode();
        body.putObject("recipient").put("user_id", recipient.userId());
        body.putObject("message").put("text", ZaloText.fit(dispatch.body(), ZaloText.MAX_CS_TEXT));
        return body;
    }

    /** {@code {"phone":"84…","template_id":…,"template_data":{…},"tracking_id":<dispatch id>}}. */
    private ObjectNode template(ZaloRecipient recipient, Dispatch dispatch) {
        ObjectNode body = ZaloHttp.JSON.createObjectNode();
        body.put("phone", recipient.znsPhone());
        body.put("template_id", config.znsTemplateId());
        ObjectNode data = body.putObject("template_data");
        ZnsTemplateFields fields = config.znsFields();
        data.put(fields.title(), dispatch.title().isBlank() ? DEFAULT_ZNS_TITLE : dispatch.title());
        data.put(fields.body(), ZaloText.fit(dispatch.body(), ZaloText.MAX_ZNS_BODY));
        data.put(fields.code(), alertCode(dispatch));
        // Zalo echoes tracking_id in its delivery webhook, so a receipt finds its dispatch.
        body.put("tracking_id", dispatch.id().toString());
        return body;
    }

    /**
     * The alert's short public code, the one residents check at /xac-minh, as the text names it ("Mã tin K7M2QX");
     * a text without one (none that canhbao renders) falls back to the alert id's first 8 hex digits.
     */
    static String alertCode(Dispatch dispatch) {
        return ShortCode.in(dispatch.body())
                .orElseGet(() -> dispatch.alertId().toString().substring(0, 8).toUpperCase(Locale.ROOT));
    }

    /**
     * Reads the OA's ZNS quota for the day ({@code GET {business}/message/quota}), refreshing a rejected access token
     * once as a send does. For monitoring: the caller decides how often, and what a failure means.
     *
     * @throws IOException when Zalo could not be asked, refused (its code and words in the message, no secret), or
     *     answered without the two numbers
     * @throws ZaloAuthException when there is no usable access token
     */
    public ZnsQuota znsQuota() throws IOException, ZaloAuthException, InterruptedException {
        String token = tokens.accessToken();
        ZaloAnswer answer = http.get(quotaEndpoint, token);
        if (answer.status() == 200 && ZaloFailureClassifier.INVALID_TOKEN.contains(answer.error())) {
            answer = http.get(quotaEndpoint, tokens.replaceRejected(token));
        }
        if (answer.status() != 200 || !answer.readable() || answer.error() != 0) {
            throw new IOException(
                    "ZNS quota: HTTP " + answer.status() + ", error " + answer.error() + " " + answer.message());
        }
        return ZnsQuota.in(answer.body())
                .orElseThrow(() -> new IOException("ZNS quota: success without data.dailyQuota and remainingQuota"));
    }

    /** Closes the HTTP client and its connections. */
    @Override
    public void close() {
        http.close();
    }

    /** The result of one logical request and, when Zalo answered, its answer. */
    private record Sent(SendResult result, ZaloAnswer answer) {}

    private Sent post(String api, URI endpoint, JsonNode body, String idField) {
        String token;
        try {
            token = tokens.accessToken();
        } catch (ZaloAuthException noToken) {
            return new Sent(classifier.auth(noToken), null);
        }
        ZaloAnswer answer;
        try {
            answer = http.postJson(endpoint, token, body);
            if (answer.status() == 200 && ZaloFailureClassifier.INVALID_TOKEN.contains(answer.error())) {
                try {
                    token = tokens.replaceRejected(token);
                } catch (ZaloAuthException noToken) {
                    return new Sent(classifier.auth(noToken), answer);
                }
                answer = http.postJson(endpoint, token, body);
            }
        } catch (IOException failure) {
            return new Sent(classifier.transport(api, failure), null);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Sent(classifier.transport(api, interrupted), null);
        }
        if (answer.status() == 200 && answer.readable() && answer.error() == 0) {
            String id = answer.data(idField);
            if (id != null) {
                return new Sent(SendResult.accepted(id), answer);
            }
            // Zalo took it but named no message: retry rather than lose the warning.
            return new Sent(
                    SendResult.failed(FailureReason.SERVER_ERROR, api + ": success without data." + idField), answer);
        }
        return new Sent(classifier.classify(api, answer, clock.instant()), answer);
    }
}
