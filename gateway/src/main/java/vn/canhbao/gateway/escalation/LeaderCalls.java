package vn.canhbao.gateway.escalation;

import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Say;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.canhbao.channels.twilio.TwilioVoiceCalls;
import vn.canhbao.core.message.LoudspeakerScript;
import vn.canhbao.gateway.ack.AckLinks;
import vn.canhbao.gateway.alerts.StoredAlert;

/**
 * The second step of escalation: a call to the silent leader that reads the warning in Vietnamese (the loudspeaker's
 * spoken script) and asks them to press 1; the key press comes back to {@code /webhooks/twilio/voice} and confirms
 * like the link does.
 */
@Component
class LeaderCalls {

    private final ObjectProvider<TwilioVoiceCalls> voice;
    private final AckLinks links;

    LeaderCalls(ObjectProvider<TwilioVoiceCalls> voice, AckLinks links) {
        this.voice = voice;
        this.links = links;
    }

    /** Calls the leader; returns what happened, in Vietnamese: the ward's report shows it to the duty officer. */
    String call(StoredAlert stored, LeaderToChase leader) {
        TwilioVoiceCalls calls = voice.getIfAvailable();
        if (calls == null) {
            return "Không gọi được: chưa cấu hình số gọi đi (canhbao.channels.twilio.voice-from)";
        }
        if (leader.phone() == null || leader.smsDispatchId() == null) {
            return "Không gọi được: tổ trưởng không có số điện thoại";
        }
        var result = calls.call(leader.phone(), twiml(stored, leader));
        return result.placed() ? "Đã gọi điện (" + result.sid() + ")" : "Gọi điện lỗi: " + result.failure();
    }

    String twiml(StoredAlert stored, LeaderToChase leader) {
        String spoken = LoudspeakerScript.render(stored.alert()).body();
        Say warning = new Say.Builder("Cán bộ xã gọi tổ trưởng " + leader.name() + ". " + spoken)
                .language(Say.Language.VI_VN)
                .build();
        Say press = new Say.Builder("Đã nhận được cảnh báo, xin bấm phím 1.")
                .language(Say.Language.VI_VN)
                .build();
        Gather gather = new Gather.Builder()
                .numDigits(1)
                .timeout(10)
                .action(links.voiceAction(leader.smsDispatchId()))
                .say(warning)
                .say(press)
                .build();
        return new VoiceResponse.Builder()
                .gather(gather)
                .say(new Say.Builder("Không nhận được phím bấm. Cán bộ trực ban sẽ liên hệ lại.")
                        .language(Say.Language.VI_VN)
                        .build())
                .build()
                .toXml();
    }
}
