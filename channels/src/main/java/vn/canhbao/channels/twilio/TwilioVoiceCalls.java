package vn.canhbao.channels.twilio;

import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import com.twilio.type.Twiml;
import java.util.Objects;

/**
 * Places calls through Twilio's Programmable Voice with the official SDK, for escalation: the TwiML to play is sent
 * with the call, so nothing needs to be fetched from canhbao when the phone is answered. One attempt per call.
 */
public final class TwilioVoiceCalls implements AutoCloseable {

    private final SingleAttemptHttpClient http;
    private final TwilioRestClient client;
    private final PhoneNumber callerId;

    /** @param callerId a voice-capable Twilio number calls come from, in E.164 form */
    public TwilioVoiceCalls(TwilioConfig config, String callerId) {
        Objects.requireNonNull(callerId, "callerId");
        this.http = new SingleAttemptHttpClient(config.validate());
        this.client = new TwilioRestClient.Builder(config.accountSid(), config.authToken())
                .httpClient(http)
                .build();
        this.callerId = new PhoneNumber(callerId);
    }

    /** Calls {@code to} and plays {@code twiml}; the call's sid, or why Twilio refused it. */
    public CallResult call(String to, String twiml) {
        try {
            Call call = Call.creator(new PhoneNumber(to), callerId, new Twiml(twiml))
                    .create(client);
            return new CallResult(call.getSid(), null);
        } catch (TwilioException e) {
            return new CallResult(null, e.getMessage());
        } finally {
            http.takeLastAnswer();
        }
    }

    @Override
    public void close() {
        http.close();
    }

    /** A placed call's sid, or the reason it was not placed. */
    public record CallResult(String sid, String failure) {

        public boolean placed() {
            return sid != null;
        }
    }
}
