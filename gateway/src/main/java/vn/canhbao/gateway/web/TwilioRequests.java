package vn.canhbao.gateway.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.canhbao.channels.twilio.TwilioConfig;
import vn.canhbao.channels.twilio.TwilioSignature;

/**
 * Checks that a callback came from Twilio: {@code X-Twilio-Signature} over the URL Twilio called and the form it
 * posted, with the account's auth token. Every Twilio webhook (message status, voice key presses) goes through here.
 */
@Component
public class TwilioRequests {

    /** A request Twilio signed: the URL it called and the form it posted. */
    public record Signed(String url, Map<String, String> form) {}

    private final ObjectProvider<TwilioConfig> twilio;
    private final WebhookProperties properties;

    TwilioRequests(ObjectProvider<TwilioConfig> twilio, WebhookProperties properties) {
        this.twilio = twilio;
        this.properties = properties;
    }

    /** Whether Twilio is configured at all. */
    public boolean enabled() {
        return twilio.getIfAvailable() != null;
    }

    /** The signed request, or empty when the signature does not match or Twilio is not configured. */
    public Optional<Signed> verify(HttpServletRequest request, String body) {
        TwilioConfig config = twilio.getIfAvailable();
        Map<String, String> form = FormBody.parse(body);
        String url = FormBody.calledUrl(request, properties);
        if (config == null
                || !TwilioSignature.verify(url, form, request.getHeader(TwilioSignature.HEADER), config.authToken())) {
            return Optional.empty();
        }
        return Optional.of(new Signed(url, form));
    }

    public static ResponseEntity<ProblemDetail> forbidden() {
        return ApiProblems.problem(
                HttpStatus.FORBIDDEN, "Forbidden", "The X-Twilio-Signature does not match this request.", List.of());
    }
}
