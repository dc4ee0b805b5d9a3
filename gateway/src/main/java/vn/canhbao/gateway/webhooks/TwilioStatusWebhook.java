package vn.canhbao.gateway.webhooks;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.canhbao.channels.DeliveryReceipt;
import vn.canhbao.channels.twilio.TwilioStatusCallbacks;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.gateway.web.ApiProblems;
import vn.canhbao.gateway.web.TwilioRequests;

/**
 * {@code POST /webhooks/twilio/status}: Twilio's message status callbacks. A request whose {@code X-Twilio-Signature}
 * does not match the URL and form signed with the account's auth token is refused with 403 and changes nothing.
 */
@RestController
class TwilioStatusWebhook {

    private final TwilioRequests twilio;
    private final ReceiptIntake receipts;

    TwilioStatusWebhook(TwilioRequests twilio, ReceiptIntake receipts) {
        this.twilio = twilio;
        this.receipts = receipts;
    }

    @PostMapping(path = "/webhooks/twilio/status", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<?> status(HttpServletRequest request, @RequestBody(required = false) String body) {
        if (!twilio.enabled()) {
            return ApiProblems.problem(
                    HttpStatus.NOT_FOUND, "Not found", "SMS through Twilio is not enabled.", List.of());
        }
        Optional<TwilioRequests.Signed> signed = twilio.verify(request, body);
        if (signed.isEmpty()) {
            return TwilioRequests.forbidden();
        }
        DeliveryReceipt receipt;
        try {
            receipt = TwilioStatusCallbacks.parse(
                    URI.create(signed.get().url()), signed.get().form(), Instant.now());
        } catch (IllegalArgumentException e) {
            return ApiProblems.problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage(), List.of());
        }
        receipts.record(Channel.SMS, List.of(receipt));
        return ResponseEntity.noContent().build();
    }
}
