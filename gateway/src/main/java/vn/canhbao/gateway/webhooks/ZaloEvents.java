package vn.canhbao.gateway.webhooks;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.canhbao.channels.zalo.ZaloEvent;
import vn.canhbao.channels.zalo.ZaloEventParser;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.gateway.ack.Acknowledgements;
import vn.canhbao.gateway.ack.LeaderReply;
import vn.canhbao.gateway.ack.Via;
import vn.canhbao.gateway.pipeline.PipelineMetrics;
import vn.canhbao.gateway.pipeline.Topics;
import vn.canhbao.gateway.registry.PhoneNumbers;

/**
 * Processes the Zalo OA's verified events: receipts become delivery events; follow and unfollow keep the followers
 * list (an unfollower's messages go by ZNS to their phone); a text is kept for acknowledgements, and a follower who
 * writes their phone number is linked to the resident with that number, so the OA reaches them from then on.
 */
@Component
@ConditionalOnProperty(name = "canhbao.channels.zalo.enabled", havingValue = "true")
class ZaloEvents {

    private static final Logger log = LoggerFactory.getLogger(ZaloEvents.class);

    private final JdbcTemplate jdbc;
    private final ReceiptIntake receipts;
    private final PipelineMetrics metrics;
    private final Acknowledgements acks;

    ZaloEvents(JdbcTemplate jdbc, ReceiptIntake receipts, PipelineMetrics metrics, Acknowledgements acks) {
        this.acks = acks;
        this.jdbc = jdbc;
        this.receipts = receipts;
        this.metrics = metrics;
    }

    @KafkaListener(id = "zalo-events", topics = Topics.ZALO_EVENTS, groupId = "canhbao-zalo-events")
    void onEvents(List<ConsumerRecord<String, String>> records) {
        for (ConsumerRecord<String, String> record : records) {
            ZaloEvent event;
            try {
                event = ZaloEventParser.parse(record.value());
            } catch (RuntimeException e) {
                metrics.unreadable(record.topic());
                log.error(
                        "Skipping unreadable Zalo event at {}-{}@{}",
                        record.topic(),
                        record.partition(),
                        record.offset());
                continue;
            }
            handle(event);
        }
    }

    private void handle(ZaloEvent event) {
        switch (event) {
            case ZaloEvent.Followed f -> following(f.userId(), true);
            case ZaloEvent.Unfollowed u -> {
                following(u.userId(), false);
                jdbc.update("update recipient set zalo_user_id = null where zalo_user_id = ?", u.userId());
            }
            case ZaloEvent.MessageReceived m -> receipts.record(Channel.ZALO, m.receipts());
            case ZaloEvent.MessageSeen m -> receipts.record(Channel.ZALO, m.receipts());
            case ZaloEvent.TextReceived t -> {
                jdbc.update(
                        "insert into zalo_inbound_text (msg_id, user_id, text, received_at) values (?, ?, ?, ?)"
                                + " on conflict do nothing",
                        t.msgId(),
                        t.userId(),
                        t.text(),
                        Timestamp.from(t.timestamp()));
                PhoneNumbers.vietnamese(t.text()).ifPresent(phone -> link(t.userId(), phone));
                if (LeaderReply.confirms(t.text())) {
                    confirm(t.userId());
                }
            }
            case ZaloEvent.Other o -> log.debug("Zalo event {} ignored", o.eventName());
        }
    }

    /** A leader's "Đã nhận" confirms the latest alert still waiting for their confirmation. */
    private void confirm(String userId) {
        List<UUID> leaders = jdbc.queryForList(
                "select id from recipient where zalo_user_id = ? and role = 'LEADER'", UUID.class, userId);
        for (UUID leader : leaders) {
            acks.latestUnconfirmed(leader)
                    .ifPresent(a -> acks.receive(a.alertId(), a.recipientId(), Via.ZALO, "zalo:" + userId));
        }
    }

    private void following(String userId, boolean following) {
        int updated = jdbc.update(
                "update zalo_follower set following = ?, updated_at = now() where user_id = ?", following, userId);
        if (updated == 0) {
            jdbc.update(
                    "insert into zalo_follower (user_id, following) values (?, ?) on conflict do nothing",
                    userId,
                    following);
        }
    }

    private void link(String userId, String phone) {
        int linked = jdbc.update(
                "update recipient set zalo_user_id = ? where phone = ? and (zalo_user_id is null or zalo_user_id <> ?)",
                userId,
                phone,
                userId);
        if (linked > 0) {
            log.info("Zalo follower {} linked to the resident with phone {}", userId, phone);
        }
    }
}
