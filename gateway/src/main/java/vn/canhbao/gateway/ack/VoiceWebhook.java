package vn.canhbao.gateway.ack;

import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Say;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.canhbao.gateway.web.ApiProblems;
import vn.canhbao.gateway.web.FormBody;
import vn.canhbao.gateway.web.TwilioRequests;

/**
 * {@code POST /webhooks/twilio/voice?d=<token>}: the key a leader pressed during an escalation call. Verified with
 * {@code X-Twilio-Signature} (403 otherwise); "1" confirms, like the link.
 */
@RestController
class VoiceWebhook {

    private final TwilioRequests twilio;
    private final AckLinks links;
    private final AckPublisher acks;
    private final LeaderDispatches dispatches;

    VoiceWebhook(TwilioRequests twilio, AckLinks links, AckPublisher acks, LeaderDispatches dispatches) {
        this.twilio = twilio;
        this.links = links;
        this.acks = acks;
        this.dispatches = dispatches;
    }

    @PostMapping(path = "/webhooks/twilio/voice", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<?> pressed(HttpServletRequest request, @RequestBody(required = false) String body) {
        // Read from the query string, not as a request parameter: that would consume the form body Twilio signed.
        String token = FormBody.parse(request.getQueryString()).get("d");
        Optional<TwilioRequests.Signed> signed = twilio.verify(request, body);
        if (signed.isEmpty()) {
            return TwilioRequests.forbidden();
        }
        Map<String, String> form = signed.get().form();
        Optional<LeaderDispatch> leader = links.dispatchOf(token).flatMap(dispatches::find);
        if (leader.isEmpty()) {
            return ApiProblems.problem(HttpStatus.NOT_FOUND, "Not found", "No such confirmation.", List.of());
        }
        String spoken;
        if ("1".equals(form.get("Digits"))) {
            acks.receive(leader.get().alertId(), leader.get().recipientId(), Via.VOICE, "call " + form.get("CallSid"));
            spoken = "Cảm ơn. Đã ghi nhận xác nhận của tổ trưởng.";
        } else {
            spoken = "Chưa ghi nhận. Cán bộ trực ban sẽ liên hệ lại.";
        }
        String twiml = new VoiceResponse.Builder()
                .say(new Say.Builder(spoken).language(Say.Language.VI_VN).build())
                .build()
                .toXml();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(twiml);
    }
}
