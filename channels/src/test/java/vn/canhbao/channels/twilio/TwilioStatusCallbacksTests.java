package vn.canhbao.channels.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static vn.canhbao.channels.twilio.TwilioStatusCallbackForms.CALLBACK_URL;
import static vn.canhbao.channels.twilio.TwilioStatusCallbackForms.DISPATCH_ID;
import static vn.canhbao.channels.twilio.TwilioStatusCallbackForms.MESSAGE_SID;
import static vn.canhbao.channels.twilio.TwilioStatusCallbackForms.form;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.canhbao.channels.DeliveryReceipt;
import vn.canhbao.core.delivery.DeliveryStatus;

class TwilioStatusCallbacksTests {

    private static final Instant RECEIVED = Instant.parse("2026-10-12T07:31:05Z");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            queued,      ACCEPTED
            accepted,    ACCEPTED
            scheduled,   ACCEPTED
            sending,     ACCEPTED
            sent,        ACCEPTED
            delivered,   DELIVERED
            read,        DELIVERED
            undelivered, UNDELIVERED
            failed,      FAILED
            canceled,    FAILED
            """)
    void mapsEveryTwilioStatus(String twilioStatus, DeliveryStatus status) {
        DeliveryReceipt receipt = TwilioStatusCallbacks.parse(form(twilioStatus, null), DISPATCH_ID, RECEIVED);

        assertThat(receipt)
                .isEqualTo(
                        new DeliveryReceipt(MESSAGE_SID, UUID.fromString(DISPATCH_ID), status, twilioStatus, RECEIVED));
    }

    @Test
    void anUndeliveredMessageCarriesTwiliosErrorCode() {
        DeliveryReceipt receipt = TwilioStatusCallbacks.parse(form("undelivered", "30003"), null, RECEIVED);

        assertThat(receipt.status()).isEqualTo(DeliveryStatus.UNDELIVERED);
        assertThat(receipt.providerCode()).isEqualTo("30003");
        assertThat(receipt.dispatch()).isEmpty();
    }

    @Test
    void readsTheDispatchIdFromTheCallbackUrl() {
        DeliveryReceipt receipt =
                TwilioStatusCallbacks.parse(URI.create(CALLBACK_URL), form("failed", "30008"), RECEIVED);

        assertThat(receipt.dispatch()).contains(UUID.fromString(DISPATCH_ID));
        assertThat(receipt.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(receipt.providerCode()).isEqualTo("30008");
        assertThat(TwilioStatusCallbacks.dispatchParameter(URI.create("https://x.vn/status?a=1&dispatch=abc")))
                .contains("abc");
        assertThat(TwilioStatusCallbacks.dispatchParameter(URI.create("https://x.vn/status")))
                .isEmpty();
    }

    @Test
    void aDispatchParameterThatIsNotAUuidIsIgnored() {
        DeliveryReceipt receipt = TwilioStatusCallbacks.parse(form("sent", null), "not-a-uuid", RECEIVED);

        assertThat(receipt.dispatch()).isEmpty();
        assertThat(receipt.providerMessageId()).isEqualTo(MESSAGE_SID);
    }

    @Test
    void acceptsTheOlderSmsParameterNamesAndAnyCase() {
        Map<String, String> legacy = Map.of("SmsSid", MESSAGE_SID, "SmsStatus", "Delivered");

        DeliveryReceipt receipt = TwilioStatusCallbacks.parse(legacy);

        assertThat(receipt.providerMessageId()).isEqualTo(MESSAGE_SID);
        assertThat(receipt.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(receipt.at()).isNotNull();
    }

    @Test
    void refusesACallbackWithoutSidOrStatus() {
        Map<String, String> noSid = new HashMap<>(form("sent", null));
        noSid.remove("MessageSid");
        noSid.remove("SmsSid");
        Map<String, String> noStatus = new HashMap<>(form("sent", null));
        noStatus.remove("MessageStatus");
        noStatus.remove("SmsStatus");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> TwilioStatusCallbacks.parse(noSid))
                .withMessageContaining("MessageSid");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TwilioStatusCallbacks.parse(noStatus))
                .withMessageContaining("MessageStatus");
    }

    @Test
    void refusesAnUnknownStatus() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TwilioStatusCallbacks.parse(form("teleported", null)))
                .withMessageContaining("teleported");
    }
}
