package vn.canhbao.channels.esms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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

class EsmsCallbacksTests {

    static final String SECRET = "cb-secret-0123456789abcdef";
    static final URI CALLBACK = URI.create("https://canhbao.example.vn/webhooks/esms?token=" + SECRET);
    static final Instant NOW = Instant.parse("2026-12-04T21:00:00Z");

    final EsmsCallbacks callbacks = new EsmsCallbacks(CALLBACK);
    final UUID dispatchId = UUID.randomUUID();

    /** A customer-care report as eSMS's documentation shows it, plus our secret. */
    Map<String, String> report(String sendStatus, String success, String failed) {
        return new HashMap<>(EsmsCallbacks.parameters("token=" + SECRET + "&SMSID=dc712784-9c5f-4c69&SendFailed="
                + failed + "&SendStatus=" + sendStatus + "&SendSuccess=" + success
                + "&TotalPrice=0.0000&TotalReceiver=1&TotalSent=1&RequestId=" + dispatchId
                + "&TypeId=2&telcoid=1&phonenumber=0901888484&switchsmsid="));
    }

    @Test
    void aReportWithTheSecretIsAReceiptForTheDispatch() {
        DeliveryReceipt receipt = callbacks.receipt(report("5", "1", "0"), NOW).orElseThrow();

        assertThat(receipt.providerMessageId()).isEqualTo("dc712784-9c5f-4c69");
        assertThat(receipt.dispatchId()).isEqualTo(dispatchId);
        assertThat(receipt.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(receipt.providerCode()).isEqualTo("5:success=1,failed=0");
        assertThat(receipt.at()).isEqualTo(NOW);
    }

    @Test
    void aReportWithoutTheSecretOrWithAnotherIsNotBelieved() {
        Map<String, String> without = report("5", "1", "0");
        without.remove("token");
        Map<String, String> wrong = report("5", "1", "0");
        wrong.put("token", SECRET.substring(1) + "x");
        Map<String, String> prefix = report("5", "1", "0");
        prefix.put("token", SECRET.substring(0, 8));

        assertThat(callbacks.receipt(without, NOW)).isEmpty();
        assertThat(callbacks.receipt(wrong, NOW)).isEmpty();
        assertThat(callbacks.receipt(prefix, NOW)).isEmpty();
        assertThat(callbacks.receipt(Map.of(), NOW)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "1, 0, 0, ACCEPTED",
        "2, 0, 0, ACCEPTED",
        "7, 0, 0, ACCEPTED",
        "4, 0, 1, FAILED",
        "5, 1, 0, DELIVERED",
        "5, 0, 1, UNDELIVERED",
        "5, 0, 0, ACCEPTED"
    })
    void sendStatusesMapOntoDeliveryStatuses(String sendStatus, String success, String failed, DeliveryStatus status) {
        assertThat(callbacks
                        .receipt(report(sendStatus, success, failed), NOW)
                        .orElseThrow()
                        .status())
                .isEqualTo(status);
    }

    @Test
    void aReportOnAUrlWithAQueryJoinedByASecondQuestionMarkIsReadToo() {
        URI request = URI.create(
                "https://canhbao.example.vn/webhooks/esms?token=" + SECRET + "?SMSID=abc&SendStatus=5&SendSuccess=1");

        assertThat(callbacks.receipt(request, NOW)).map(DeliveryReceipt::status).contains(DeliveryStatus.DELIVERED);
    }

    @Test
    void fieldNamesAreReadWhateverTheirCase() {
        Map<String, String> report = Map.of("token", SECRET, "smsid", "abc", "sendstatus", "5", "sendsuccess", "1");

        assertThat(callbacks.receipt(report, NOW).orElseThrow().providerMessageId())
                .isEqualTo("abc");
    }

    @Test
    void aRequestIdThatIsNotOursLeavesTheDispatchToTheSmsId() {
        Map<String, String> report = report("5", "1", "0");
        report.put("RequestId", "");

        assertThat(callbacks.receipt(report, NOW).orElseThrow().dispatch()).isEmpty();
    }

    @Test
    void anAuthenticReportWithoutItsFieldsIsMalformed() {
        Map<String, String> noId = report("5", "1", "0");
        noId.remove("SMSID");
        Map<String, String> noStatus = report("5", "1", "0");
        noStatus.remove("SendStatus");

        assertThatIllegalArgumentException().isThrownBy(() -> callbacks.receipt(noId, NOW));
        assertThatIllegalArgumentException().isThrownBy(() -> callbacks.receipt(noStatus, NOW));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> callbacks.receipt(report("9", "0", "0"), NOW))
                .withMessageContaining("unknown SendStatus 9");
    }

    @Test
    void aCallbackUrlWithoutASecretCannotCheckReports() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EsmsCallbacks(URI.create("https://canhbao.example.vn/webhooks/esms")));
    }
}
