package vn.canhbao.gateway.webhooks;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
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
import vn.canhbao.gateway.web.WebhookProperties;

/**
 * {@code POST /webhooks/loudspeaker}: a loudspeaker gateway's report that a broadcast played or failed
 * (docs/loudspeaker-api.md), signed with HMAC-SHA256 of its {@code X-Timestamp} and body under the shared callback
 * secret. A report with a wrong signature gets 401, one signed outside {@link WebhookProperties#replayWindow()} 403
 * (#15); neither changes anything.
 */
@RestController
class LoudspeakerWebhook {

    private final ObjectProvider<LoudspeakerConfig> loudspeakers;
    private final ReceiptIntake receipts;
    private final WebhookProperties properties;
    private final Clock clock = Clock.systemUTC();

    LoudspeakerWebhook(
            ObjectProvider<LoudspeakerConfig> loudspeakers, ReceiptIntake receipts, WebhookProperties properties) {
        this.loudspeakers = loudspeakers;
        this.receipts = receipts;
        this.properties = properties;
    }

    @PostMapping("/webhooks/loudspeaker")
    ResponseEntity<?> report(
            @RequestBody(required = false) String body,
            @RequestHeader(name = LoudspeakerCallbacks.SIGNATURE_HEADER, required = false) String signature,
            @RequestHeader(name = LoudspeakerCallbacks.TIMESTAMP_HEADER, required = false) String timestamp) {
        LoudspeakerConfig config = loudspeakers.getIfAvailable();
        if (config == null || config.callbackSecret() == null) {
            return ApiProblems.problem(
                    HttpStatus.NOT_FOUND, "Not found", "Loudspeaker callbacks are not enabled.", List.of());
        }
        if (body == null || !LoudspeakerCallbacks.verify(timestamp, body, signature, config.callbackSecret())) {
            return ApiProblems.problem(
                    HttpStatus.UNAUTHORIZED,
                    "Unauthorized",
                    "The X-Signature does not match this report and its X-Timestamp.",
                    List.of());
        }
        Optional<ResponseEntity<?>> stale = StaleRequests.refusal(
                LoudspeakerCallbacks.signedAt(timestamp), properties.replayWindow(), clock.instant());
        if (stale.isPresent()) {
            return stale.get();
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
