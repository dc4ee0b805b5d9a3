package vn.canhbao.channels.loudspeaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.canhbao.channels.DeliveryReceipt;
import vn.canhbao.core.delivery.DeliveryStatus;

class LoudspeakerCallbacksTests {

    static final String SECRET = "callback-secret";
    static final UUID DISPATCH = UUID.fromString("3f1c2b9e-8a47-4c1d-9f2e-5b6a7c8d9e01");
    static final String COMPLETED = """
            {"id":"bc_123","status":"completed","reference":"3f1c2b9e-8a47-4c1d-9f2e-5b6a7c8d9e01",\
            "clusters":[{"clusterId":"cum-loa-001","status":"completed"}],"updatedAt":"2025-10-05T07:45:12Z"}""";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-05T08:00:00Z"), ZoneOffset.UTC);

    static final String SENT = "1759650312";

    @Test
    void acceptsTheSignatureOfTheTimestampAndRawBody() {
        // printf '%s.%s' "$timestamp" "$body" | openssl dgst -sha256 -hmac callback-secret
        String signature = LoudspeakerCallbacks.sign(SENT, COMPLETED, SECRET);

        assertThat(signature).matches("sha256=[0-9a-f]{64}");
        assertThat(LoudspeakerCallbacks.verify(SENT, COMPLETED, signature, SECRET))
                .isTrue();
        assertThat(LoudspeakerCallbacks.verify(
                        SENT, COMPLETED, signature.toUpperCase().replace("SHA256=", "sha256="), SECRET))
                .isTrue();
        assertThat(LoudspeakerCallbacks.signedAt(SENT)).contains(Instant.ofEpochSecond(1759650312L));
    }

    @Test
    void matchesAVectorComputedWithOpenssl() {
        // printf '%s.%s' 1759650312 '{"id":"bc_123","status":"completed"}' | openssl dgst -sha256 -hmac callback-secret
        assertThat(LoudspeakerCallbacks.sign(SENT, "{\"id\":\"bc_123\",\"status\":\"completed\"}", SECRET))
                .isEqualTo("sha256=ce451e60c322f80094ac36f991f3ca400dc77cec7cd917bac38805f668fa12db");
    }

    @Test
    void refusesATamperedBodyOrTimestampAWrongSecretAndMalformedHeaders() { // #15: the timestamp is signed
        String signature = LoudspeakerCallbacks.sign(SENT, COMPLETED, SECRET);

        assertThat(LoudspeakerCallbacks.verify(SENT, COMPLETED.replace("completed", "failed"), signature, SECRET))
                .isFalse();
        assertThat(LoudspeakerCallbacks.verify("1759650999", COMPLETED, signature, SECRET))
                .isFalse();
        assertThat(LoudspeakerCallbacks.verify(null, COMPLETED, signature, SECRET))
                .isFalse();
        assertThat(LoudspeakerCallbacks.verify(SENT, COMPLETED, signature, "other-secret"))
                .isFalse();
        assertThat(LoudspeakerCallbacks.verify(SENT, COMPLETED, signature.substring("sha256=".length()), SECRET))
                .isFalse();
        assertThat(LoudspeakerCallbacks.verify(SENT, COMPLETED, "sha256=zz", SECRET))
                .isFalse();
        assertThat(LoudspeakerCallbacks.verify(SENT, COMPLETED, "sha256=", SECRET))
                .isFalse();
        assertThat(LoudspeakerCallbacks.verify(SENT, COMPLETED, null, SECRET)).isFalse();
        assertThat(LoudspeakerCallbacks.verify(SENT, COMPLETED, signature, "")).isFalse();
        assertThat(LoudspeakerCallbacks.verify(SENT, (String) null, signature, SECRET))
                .isFalse();
        assertThat(LoudspeakerCallbacks.signedAt("yesterday")).isEmpty();
    }

    @Test
    void completedIsDeliveredWithTheDispatchAndTheVendorsTime() {
        List<DeliveryReceipt> receipts = LoudspeakerCallbacks.parse(COMPLETED, LoudspeakerFieldMapping.DEFAULT, CLOCK);

        assertThat(receipts)
                .containsExactly(new DeliveryReceipt(
                        "bc_123",
                        DISPATCH,
                        DeliveryStatus.DELIVERED,
                        "completed",
                        Instant.parse("2025-10-05T07:45:12Z")));
    }

    @Test
    void failedIsUndeliveredWithTheVendorsErrorCode() {
        String failed = """
                {"id":"bc_9","status":"failed","error":{"code":"device_offline","message":"Cụm loa mất kết nối"}}""";

        DeliveryReceipt receipt = LoudspeakerCallbacks.parse(failed, LoudspeakerFieldMapping.DEFAULT, CLOCK)
                .get(0);

        assertThat(receipt.status()).isEqualTo(DeliveryStatus.UNDELIVERED);
        assertThat(receipt.providerCode()).isEqualTo("failed:device_offline");
        assertThat(receipt.dispatch()).isEmpty();
        assertThat(receipt.at()).isEqualTo(CLOCK.instant());
    }

    @Test
    void queuedAndPlayingAreStillOnlyAcceptedAndAnArrayGivesOneReceiptEach() {
        String batch = "[{\"id\":\"a\",\"status\":\"queued\"},{\"id\":\"b\",\"status\":\"PLAYING\"},"
                + "{\"id\":\"c\",\"status\":\"expired\"}]";

        assertThat(LoudspeakerCallbacks.parse(batch, LoudspeakerFieldMapping.DEFAULT, CLOCK))
                .extracting(DeliveryReceipt::providerMessageId, DeliveryReceipt::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", DeliveryStatus.ACCEPTED),
                        org.assertj.core.groups.Tuple.tuple("b", DeliveryStatus.ACCEPTED),
                        org.assertj.core.groups.Tuple.tuple("c", DeliveryStatus.UNDELIVERED));
    }

    @Test
    void readsAVendorsOwnNamesAndStatusWords() {
        LoudspeakerFieldMapping vendor = new LoudspeakerFieldMapping(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "ma_tham_chieu",
                "du_lieu.ma_ban_tin",
                "du_lieu.trang_thai",
                "loi.ma",
                null,
                null,
                null,
                Map.of("da_phat", "completed", "loi", "failed"));
        String body = "{\"du_lieu\":{\"ma_ban_tin\":\"BT-42\",\"trang_thai\":\"da_phat\"}," + "\"ma_tham_chieu\":\""
                + DISPATCH + "\"}";

        DeliveryReceipt receipt =
                LoudspeakerCallbacks.parse(body, vendor, CLOCK).get(0);

        assertThat(receipt.providerMessageId()).isEqualTo("BT-42");
        assertThat(receipt.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(receipt.dispatchId()).isEqualTo(DISPATCH);
        assertThat(receipt.providerCode()).isEqualTo("da_phat");
    }

    @Test
    void refusesWhatItCannotRead() {
        LoudspeakerFieldMapping mapping = LoudspeakerFieldMapping.DEFAULT;

        assertThatIllegalArgumentException().isThrownBy(() -> LoudspeakerCallbacks.parse("not json", mapping));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LoudspeakerCallbacks.parse("{\"status\":\"completed\"}", mapping))
                .withMessageContaining("broadcast id");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LoudspeakerCallbacks.parse("{\"id\":\"x\",\"status\":\"da_phat\"}", mapping))
                .withMessageContaining("da_phat");
    }
}
