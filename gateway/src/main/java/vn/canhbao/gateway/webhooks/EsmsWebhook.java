package vn.canhbao.gateway.webhooks;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import vn.canhbao.channels.DeliveryReceipt;
import vn.canhbao.channels.esms.EsmsCallbacks;
import vn.canhbao.channels.esms.EsmsConfig;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.gateway.providers.SmsProvider;
import vn.canhbao.gateway.web.ApiProblems;

/**
 * {@code GET /webhooks/esms} (or a form {@code POST}): eSMS's delivery reports, sent to the {@code CallbackUrl} canhbao
 * gives with each message. eSMS does not sign them, so a report counts only when it brings back the URL's secret
 * (401 otherwise) and names a dispatch canhbao sent by SMS (404 otherwise: logged, counted as
 * {@code UNKNOWN_MESSAGE}). 404 also where eSMS carries no SMS or reports are not configured.
 */
@RestController
class EsmsWebhook {

    private static final Logger log = LoggerFactory.getLogger(EsmsWebhook.class);

    private final ObjectProvider<EsmsConfig> esms;
    private final ReceiptIntake receipts;

    EsmsWebhook(ObjectProvider<EsmsConfig> esms, ReceiptIntake receipts) {
        this.esms = esms;
        this.receipts = receipts;
    }

    @RequestMapping(
            path = "/webhooks/esms",
            method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<?> report(HttpServletRequest request, @RequestBody(required = false) String body) {
        Optional<EsmsCallbacks> callbacks = callbacks();
        if (callbacks.isEmpty()) {
            return ApiProblems.problem(
                    HttpStatus.NOT_FOUND, "Not found", "eSMS delivery reports are not enabled.", List.of());
        }
        // The query as eSMS sent it (EsmsCallbacks reads a second '?' too), then a form body's fields.
        Map<String, String> parameters = EsmsCallbacks.parameters(request.getQueryString());
        if (body != null && request.getMethod().equals("POST")) {
            EsmsCallbacks.parameters(body).forEach(parameters::putIfAbsent);
        }
        Optional<DeliveryReceipt> receipt;
        try {
            receipt = callbacks.get().receipt(parameters, Instant.now());
        } catch (IllegalArgumentException e) {
            return ApiProblems.problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage(), List.of());
        }
        if (receipt.isEmpty()) {
            receipts.refused(Channel.SMS);
            log.warn("eSMS report without the callback secret, from {}", request.getRemoteAddr());
            return ApiProblems.problem(
                    HttpStatus.UNAUTHORIZED,
                    "Unauthorized",
                    "The report does not carry the callback URL's secret.",
                    List.of());
        }
        DeliveryReceipt r = receipt.get();
        DeliveryReceipt ours = new DeliveryReceipt(
                SmsProvider.ESMS.messageId(r.providerMessageId()),
                r.dispatchId(),
                r.status(),
                r.providerCode(),
                r.at());
        if (receipts.record(Channel.SMS, List.of(ours)) > 0) {
            return ApiProblems.problem(
                    HttpStatus.NOT_FOUND, "Not found", "No SMS of canhbao's has this SMSID or RequestId.", List.of());
        }
        return ResponseEntity.ok().build();
    }

    private Optional<EsmsCallbacks> callbacks() {
        EsmsConfig config = esms.getIfAvailable();
        return config == null || config.callbackUrl() == null
                ? Optional.empty()
                : Optional.of(new EsmsCallbacks(config.callbackUrl()));
    }
}
