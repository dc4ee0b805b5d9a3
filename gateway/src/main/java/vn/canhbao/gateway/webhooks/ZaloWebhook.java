package vn.canhbao.gateway.webhooks;

import java.util.List;
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
import vn.canhbao.channels.zalo.ZaloWebhookSignature;
import vn.canhbao.gateway.pipeline.Topics;
import vn.canhbao.gateway.web.ApiProblems;

/**
 * {@code POST /webhooks/zalo}: the Zalo OA's events. Zalo wants an answer within about 2 s and disables a webhook that
 * keeps failing, so the event is only verified ({@code X-ZEvent-Signature}, keyed with the OA secret) and put on
 * {@code canhbao.webhooks.zalo}; {@link ZaloEvents} processes it from there. A forged or unsigned event gets 401 and is
 * not kept.
 */
@RestController
class ZaloWebhook {

    private final ObjectProvider<ZaloConfig> zalo;
    private final KafkaTemplate<String, String> kafka;

    ZaloWebhook(ObjectProvider<ZaloConfig> zalo, KafkaTemplate<String, String> kafka) {
        this.zalo = zalo;
        this.kafka = kafka;
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
        // Durable before we answer: Zalo does not send an event again once it got 200.
        kafka.send(Topics.ZALO_EVENTS, null, body).get(1500, TimeUnit.MILLISECONDS);
        return ResponseEntity.ok().build();
    }
}
