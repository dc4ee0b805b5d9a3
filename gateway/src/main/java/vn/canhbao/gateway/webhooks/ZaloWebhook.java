package vn.canhbao.gateway.webhooks;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.canhbao.channels.zalo.ZaloConfig;
import vn.canhbao.channels.zalo.ZaloEvent;
import vn.canhbao.channels.zalo.ZaloEventParser;
import vn.canhbao.channels.zalo.ZaloWebhookSignature;
import vn.canhbao.gateway.messaging.Topics;
import vn.canhbao.gateway.web.ApiProblems;
import vn.canhbao.gateway.web.WebhookProperties;

/**
 * {@code POST /webhooks/zalo}: the Zalo OA's events. Zalo wants an answer within about 2 s and disables a webhook that
 * keeps failing, so the event is only verified ({@code X-ZEvent-Signature}, keyed with the OA secret) and put on
 * {@code canhbao.webhooks.zalo}; {@link ZaloEvents} processes it from there. A forged or unsigned event gets 401 and is
 * not kept; a signed one whose {@code timestamp} is outside {@link WebhookProperties#replayWindow()} gets 403 and is
 * not kept either (#15: a leader's "Đã nhận" replayed hours later must not confirm a later warning). Events are keyed
 * by their user, so one person's events (a phone number, then its code, then "Đã nhận") are processed in order.
 */
@RestController
class ZaloWebhook {

    private final ObjectProvider<ZaloConfig> zalo;
    private final KafkaTemplate<String, String> kafka;
    private final WebhookProperties properties;
    private final Clock clock = Clock.systemUTC();

    ZaloWebhook(ObjectProvider<ZaloConfig> zalo, KafkaTemplate<String, String> kafka, WebhookProperties properties) {
        this.zalo = zalo;
        this.kafka = kafka;
        this.properties = properties;
    }

    @PostMapping("/webhooks/zalo")
    ResponseEntity<?> event(
            @RequestBody(required = false) String body,
            @RequestHeader(name = ZaloWebhookSignature.HEADER, required = false) String signature)
            throws Exception {
        ZaloConfig config = zalo.getIfAvailable();
        if (config == null) {
            return ApiProblems.problem(HttpStatus.NOT_FOUND, "Not found", "Zalo is not enabled.", List.of());
        }
        if (body == null || !ZaloWebhookSignature.verify(body, signature, config.oaSecretKey())) {
            return ApiProblems.problem(
                    HttpStatus.UNAUTHORIZED,
                    "Unauthorized",
                    "The X-ZEvent-Signature does not match this event.",
                    List.of());
        }
        Optional<ResponseEntity<?>> stale =
                StaleRequests.refusal(ZaloWebhookSignature.signedAt(body), properties.replayWindow(), clock.instant());
        if (stale.isPresent()) {
            return stale.get();
        }
        // Durable before we answer: Zalo does not send an event again once it got 200.
        kafka.send(Topics.ZALO_EVENTS, key(body), body).get(1500, TimeUnit.MILLISECONDS);
        return ResponseEntity.ok().build();
    }

    /** The user the event is about, or null (any partition) for an event the gateway does not read. */
    private static String key(String body) {
        try {
            return switch (ZaloEventParser.parse(body)) {
                case ZaloEvent.Followed f -> f.userId();
                case ZaloEvent.Unfollowed u -> u.userId();
                case ZaloEvent.TextReceived t -> t.userId();
                case ZaloEvent.MessageReceived m -> m.userId();
                case ZaloEvent.MessageSeen m -> m.userId();
                case ZaloEvent.Other o -> null;
            };
        } catch (IllegalArgumentException unreadable) {
            return null; // ZaloEvents counts it as unreadable
        }
    }
}
