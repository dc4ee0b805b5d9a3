package vn.canhbao.channels.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.canhbao.channels.DeliveryReceipt;
import vn.canhbao.core.delivery.DeliveryStatus;

/** Zalo OA webhook bodies, in the shapes Zalo sends, read into events and receipts. */
class ZaloEventParserTests {

    static final Instant AT = Instant.ofEpochMilli(1699003881354L);

    @Test
    void follow() {
        ZaloEvent event = ZaloEventParser.parse("""
                {"app_id":"4318019421573621123","oa_id":"579745863508352884","user_id_by_app":"552177279717587730",\
                "event_name":"follow","follower":{"id":"2512523625412515"},"source":"oa_profile",\
                "timestamp":"1699003881354"}""");

        assertThat(event).isEqualTo(new ZaloEvent.Followed("2512523625412515", AT));
        assertThat(event.receipts()).isEmpty();
    }

    @Test
    void unfollow() {
        ZaloEvent event = ZaloEventParser.parse("""
                {"app_id":"4318019421573621123","oa_id":"579745863508352884","event_name":"unfollow",\
                "follower":{"id":"2512523625412515"},"timestamp":"1699003881354"}""");

        assertThat(event).isEqualTo(new ZaloEvent.Unfollowed("2512523625412515", AT));
    }

    @Test
    void userSendTextKeepsTheVietnameseText() {
        ZaloEvent event = ZaloEventParser.parse("""
                {"app_id":"4318019421573621123","user_id_by_app":"552177279717587730","event_name":"user_send_text",\
                "sender":{"id":"2512523625412515"},"recipient":{"id":"579745863508352884"},\
                "message":{"msg_id":"96d3cdf3af150460909","text":"Đã nhận. Tổ dân phố số 5 đang di dời người già"},\
                "timestamp":"1699003881354"}""");

        assertThat(event)
                .isEqualTo(new ZaloEvent.TextReceived(
                        "2512523625412515",
                        "96d3cdf3af150460909",
                        "Đã nhận. Tổ dân phố số 5 đang di dời người già",
                        AT));
    }

    @Test
    void userReceivedMessageNestedShape() {
        UUID dispatch = UUID.fromString("0b6f7c1e-2d3a-4c5b-9e8f-7a6b5c4d3e2f");
        ZaloEvent event = ZaloEventParser.parse("""
                {"app_id":"4318019421573621123","event_name":"user_received_message",\
                "sender":{"id":"579745863508352884"},"recipient":{"id":"2512523625412515"},\
                "message":{"msg_id":"zns-0a1b2c","tracking_id":"%s"},"timestamp":"1699003881354"}""".formatted(dispatch));

        assertThat(event)
                .isEqualTo(new ZaloEvent.MessageReceived(
                        "2512523625412515", List.of("zns-0a1b2c"), dispatch.toString(), AT));
        assertThat(event.receipts())
                .containsExactly(new DeliveryReceipt("zns-0a1b2c", dispatch, DeliveryStatus.DELIVERED, "received", AT));
    }

    @Test
    void userReceivedMessageFlatZnsShape() {
        ZaloEvent event = ZaloEventParser.parse("""
                {"app_id":"4318019421573621123","event_name":"user_received_message","sender":{"id":"579745863508352884"},\
                "recipient":"84912345678","msg_id":"zns-77aa","tracking_id":"not-one-of-ours",\
                "delivery_time":"1699003890000","timestamp":"1699003891000"}""");

        assertThat(event)
                .isEqualTo(new ZaloEvent.MessageReceived(
                        "84912345678", List.of("zns-77aa"), "not-one-of-ours", Instant.ofEpochMilli(1699003890000L)));
        assertThat(event.receipts()).singleElement().satisfies(receipt -> {
            assertThat(receipt.providerMessageId()).isEqualTo("zns-77aa");
            assertThat(receipt.dispatch())
                    .as("a tracking id that is not a dispatch id")
                    .isEmpty();
        });
    }

    @Test
    void userSeenMessageGivesADeliveredReceiptPerMessage() {
        ZaloEvent event = ZaloEventParser.parse("""
                {"app_id":"4318019421573621123","event_name":"user_seen_message",\
                "sender":{"id":"579745863508352884"},"recipient":{"id":"2512523625412515"},\
                "message":{"msg_ids":["5a6b7c8d9e0f","5a6b7c8d9e10"]},"timestamp":"1699003881354"}""");

        assertThat(event)
                .isEqualTo(new ZaloEvent.MessageSeen("2512523625412515", List.of("5a6b7c8d9e0f", "5a6b7c8d9e10"), AT));
        assertThat(event.receipts())
                .extracting(DeliveryReceipt::providerMessageId, DeliveryReceipt::status, DeliveryReceipt::providerCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("5a6b7c8d9e0f", DeliveryStatus.DELIVERED, "seen"),
                        org.assertj.core.groups.Tuple.tuple("5a6b7c8d9e10", DeliveryStatus.DELIVERED, "seen"));
    }

    @Test
    void otherEventsAreNamed() {
        ZaloEvent event = ZaloEventParser.parse("""
                {"app_id":"4318019421573621123","event_name":"user_send_image","sender":{"id":"2512523625412515"},\
                "message":{"msg_id":"img-1","attachments":[]},"timestamp":"1699003881354"}""");

        assertThat(event).isEqualTo(new ZaloEvent.Other("user_send_image"));
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefused() {
        assertThatThrownBy(() -> ZaloEventParser.parse("not json")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ZaloEventParser.parse("[1,2]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ZaloEventParser.parse("{\"event_name\":\"follow\"}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
