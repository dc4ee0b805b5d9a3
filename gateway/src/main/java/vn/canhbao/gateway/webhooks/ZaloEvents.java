package vn.canhbao.gateway.webhooks;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.canhbao.channels.zalo.ZaloEvent;
import vn.canhbao.channels.zalo.ZaloEventParser;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.gateway.ack.AckPublisher;
import vn.canhbao.gateway.ack.LeaderReply;
import vn.canhbao.gateway.ack.Via;
import vn.canhbao.gateway.messaging.Topics;
import vn.canhbao.gateway.pipeline.PipelineMetrics;
import vn.canhbao.gateway.security.AuditLog;

/**
 * Processes the Zalo OA's verified events: receipts become delivery events; follow and unfollow keep the followers
 * list (an unfollower's messages go by ZNS to their phone); a text is kept, and acted on only the first time its
 * {@code msg_id} is seen (#15: Zalo's retry or a replay of a "Đã nhận" confirms nothing more). A phone number or a link
 * code goes to {@link ZaloLinkRequests}, which links the follower only once the phone's owner confirms by SMS; a
 * leader's "Đã nhận" confirms their latest warning issued before it was written.
 */
@Component
@ConditionalOnProperty(name = "canhbao.channels.zalo.enabled", havingValue = "true")
class ZaloEvents {

    private static final Logger log = LoggerFactory.getLogger(ZaloEvents.class);

    private final JdbcTemplate jdbc;
    private final ReceiptIntake receipts;
    private final PipelineMetrics metrics;
    private final AckPublisher acks;
    private final ZaloLinkRequests links;
    private final TransactionTemplate tx;
    private final AuditLog audit;

    ZaloEvents(
            JdbcTemplate jdbc,
            ReceiptIntake receipts,
            PipelineMetrics metrics,
            AckPublisher acks,
            ZaloLinkRequests links,
            TransactionTemplate tx,
            AuditLog audit) {
        this.audit = audit;
        this.acks = acks;
        this.jdbc = jdbc;
        this.receipts = receipts;
        this.metrics = metrics;
        this.links = links;
        this.tx = tx;
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
                unlink(u.userId());
            }
            case ZaloEvent.MessageReceived m -> receipts.record(Channel.ZALO, m.receipts());
            case ZaloEvent.MessageSeen m -> receipts.record(Channel.ZALO, m.receipts());
            case ZaloEvent.TextReceived t -> text(t);
            case ZaloEvent.Other o -> log.debug("Zalo event {} ignored", o.eventName());
        }
    }

    /**
     * Keeps the text and acts on it once: the insert of its {@code msg_id} and the confirmation it makes commit together,
     * so a failure to queue the confirmation leaves the text unseen for the record's redelivery.
     */
    private void text(ZaloEvent.TextReceived t) {
        boolean linkRequest = links.isLinkRequest(t.text());
        boolean first = Boolean.TRUE.equals(tx.execute(status -> {
            int inserted = jdbc.update(
                    "insert into zalo_inbound_text (msg_id, user_id, text, received_at) values (?, ?, ?, ?)"
                            + " on conflict do nothing",
                    msgId(t),
                    t.userId(),
                    t.text(),
                    Timestamp.from(t.timestamp()));
            if (inserted == 0) {
                return false;
            }
            if (!linkRequest && LeaderReply.confirms(t.text())) {
                confirm(t.userId(), t.timestamp());
            }
            return true;
        }));
        if (!first) {
            log.info("Zalo message {} of {} seen before; ignored", msgId(t), t.userId());
            return;
        }
        if (linkRequest) {
            links.handle(t.userId(), t.text());
        }
    }

    /** A leader's "Đã nhận" confirms the latest alert still waiting for their confirmation, issued before it was written. */
    private void confirm(String userId, Instant writtenAt) {
        List<UUID> leaders = jdbc.queryForList(
                "select id from recipient where zalo_user_id = ? and role = 'LEADER'", UUID.class, userId);
        for (UUID leader : leaders) {
            acks.latestUnconfirmed(leader, writtenAt)
                    .ifPresent(a -> acks.receive(a.alertId(), a.recipientId(), Via.ZALO, "zalo:" + userId));
        }
    }

    /** Zalo gives every message an id; a body without one is known by what it says, who wrote it and when. */
    private static String msgId(ZaloEvent.TextReceived t) {
        if (t.msgId() != null) {
            return t.msgId();
        }
        String seen = t.userId() + "\n" + t.timestamp().toEpochMilli() + "\n" + t.text();
        return "sha256:" + java.util.HexFormat.of().formatHex(sha256(seen.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] sha256(byte[] data) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }

    /** An unfollower is no longer reached through the OA; the link ends, and the audit log says so (#15). */
    private void unlink(String userId) {
        tx.executeWithoutResult(status -> {
            List<java.util.Map<String, Object>> linked =
                    jdbc.queryForList("select id, ward_code from recipient where zalo_user_id = ?", userId);
            jdbc.update("update recipient set zalo_user_id = null where zalo_user_id = ?", userId);
            for (var r : linked) {
                audit.record(
                        "zalo:" + userId,
                        "zalo.unlinked",
                        "recipient:" + r.get("id"),
                        (String) r.get("ward_code"),
                        "the follower left the OA",
                        null);
            }
        });
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
}
