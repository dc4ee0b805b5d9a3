package vn.canhbao.gateway.webhooks;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.canhbao.channels.DeliveryReceipt;
import vn.canhbao.channels.loudspeaker.LoudspeakerCallbacks;
import vn.canhbao.channels.loudspeaker.LoudspeakerConfig;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.gateway.web.ApiProblems;

/**
 * {@code POST /webhooks/loudspeaker}: a loudspeaker gateway's report that a broadcast played or failed
 * (docs/loudspeaker-api.md), signed with HMAC-SHA256 of the body and the shared callback secret. A report with a wrong
 * signature gets 401 and changes nothing.
 */
@RestController
class LoudspeakerWebhook {

    private final ObjectProvider<LoudspeakerConfig> loudspeakers;
    private final ReceiptIntake receipts;

    LoudspeakerWebhook(ObjectProvider<LoudspeakerConfig> loudspeakers, ReceiptIntake receipts) {
        this.loudspeakers = loudspeakers;
        this.receipts = receipts;
    }

    @PostMapping("/webhooks/loudspeaker")
    ResponseEntity<?> report(
            @RequestBody(required = false) String body,
            @RequestHeader(name = LoudspeakerCallbacks.SIGNATURE_HEADER, required = false) String signature) {
        LoudspeakerConfig config = loudspeakers.getIfAvailable();
        if (config == null || config.callbackSecret() == null) {
            return ApiProblems.problem(
                    HttpStatus.NOT_FOUND, "Not found", "Loudspeaker callbacks are not enabled.", List.of());
        }
        if (body == null || !LoudspeakerCallbacks.verify(body, signature, config.callbackSecret())) {
            return ApiProblems.problem(
                    HttpStatus.UNAUTHORIZED, "Unauthorized", "The X-Signature does not match this report.", List.of());
        }
        List<DeliveryReceipt> parsed;
        try {
            parsed = LoudspeakerCallbacks.parse(body, config.mapping());
        } catch (IllegalArgumentException e) {
            return ApiProblems.problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage(), List.of());
        }
        receipts.record(Channel.LOUDSPEAKER, parsed);
        return ResponseEntity.noContent().build();
    }
}
