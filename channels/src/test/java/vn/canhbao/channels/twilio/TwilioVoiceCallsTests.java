package vn.canhbao.channels.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Say;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.canhbao.channels.ProviderLimits;
import vn.canhbao.channels.simulator.TwilioSimulator;

/** Escalation calls through the real Twilio SDK against the simulator's Calls API. */
class TwilioVoiceCallsTests {

    static TwilioSimulator simulator;
    static TwilioVoiceCalls calls;

    @BeforeAll
    static void start() {
        simulator = new TwilioSimulator().start();
        calls = new TwilioVoiceCalls(
                new TwilioConfig(
                        simulator.accountSid(),
                        simulator.authToken(),
                        "MG0123456789abcdef0123456789abcdef",
                        null,
                        null,
                        simulator.baseUrl(),
                        new ProviderLimits(Duration.ofSeconds(2), Duration.ofSeconds(2), 0, 0)),
                "+842473000000");
    }

    @AfterAll
    static void stop() {
        calls.close();
        simulator.close();
    }

    @Test
    void aCallCarriesItsVietnameseTwimlAndComesBackQueuedWithASid() {
        String twiml = new VoiceResponse.Builder()
                .gather(new Gather.Builder()
                        .numDigits(1)
                        .action("https://canhbao.example.vn/webhooks/twilio/voice?d=abc")
                        .say(new Say.Builder("Cảnh báo lũ quét tại Xã Cao Minh. Bấm phím 1 để xác nhận.")
                                .language(Say.Language.VI_VN)
                                .build())
                        .build())
                .build()
                .toXml();

        TwilioVoiceCalls.CallResult result = calls.call("+84912000111", twiml);

        assertThat(result.placed()).isTrue();
        assertThat(result.sid()).matches("CA[0-9a-f]{32}");
        assertThat(simulator.callsTo("+84912000111"))
                .singleElement()
                .satisfies(t -> assertThat(t).contains("Bấm phím 1 để xác nhận").contains("numDigits=\"1\""));
    }

    @Test
    void aNumberTwilioRefusesIsReportedNotThrown() {
        TwilioVoiceCalls.CallResult result = calls.call("0912000111", "<Response/>");

        assertThat(result.placed()).isFalse();
        assertThat(result.failure()).contains("Invalid 'To' Phone Number");
    }
}
