package vn.canhbao.gateway.escalation;

import java.time.Duration;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.canhbao.channels.SendResult;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Dispatch;
import vn.canhbao.core.delivery.Tier;
import vn.canhbao.gateway.ack.AckLinks;
import vn.canhbao.gateway.alerts.AlertRepository;
import vn.canhbao.gateway.alerts.StoredAlert;
import vn.canhbao.gateway.pipeline.ChannelDispatchers;

/**
 * The first step of escalation: the warning again, by SMS (the channel that reaches any phone), saying it is a
 * reminder and carrying the same confirmation link. Sent at once within the SMS account's limits, a failing provider
 * tried again for a few seconds only: the next step, a call, follows anyway.
 */
@Component
class LeaderReminders {

    /** How long one reminder may hold up the escalation clock's round while the provider fails. */
    static final Duration PATIENCE = Duration.ofSeconds(5);

    private final ChannelDispatchers dispatchers;
    private final AlertRepository alerts;
    private final AckLinks links;

    LeaderReminders(ChannelDispatchers dispatchers, AlertRepository alerts, AckLinks links) {
        this.dispatchers = dispatchers;
        this.alerts = alerts;
        this.links = links;
    }

    /** Sends the reminder; returns what happened, in Vietnamese: the ward's report shows it to the duty officer. */
    String send(StoredAlert stored, LeaderToChase leader) {
        if (!dispatchers.serves(Channel.SMS) || leader.phone() == null || leader.smsDispatchId() == null) {
            return "Không nhắc được: không có kênh SMS hoặc số điện thoại";
        }
        String body = alerts.message(stored.alert().id(), Channel.SMS)
                .map(m -> AckLinks.inAlphabetOf(m.body(), "NHẮC LẠI, chưa thấy xác nhận. ") + m.body() + "\n"
                        + AckLinks.inAlphabetOf(m.body(), "Đã nhận, bấm: ") + links.url(leader.smsDispatchId()))
                .orElse(null);
        if (body == null) {
            return "Không nhắc được: cảnh báo không có bản SMS";
        }
        SendResult result = dispatchers
                .sendNow(
                        new Dispatch(
                                UUID.randomUUID(),
                                stored.alert().id(),
                                leader.recipientId(),
                                Channel.SMS,
                                Tier.LEADER,
                                leader.phone(),
                                "",
                                body,
                                0,
                                stored.alert().expires()),
                        PATIENCE)
                .orElseThrow();
        return switch (result) {
            case SendResult.Accepted a -> "Đã gửi lại SMS (" + a.providerMessageId() + ")";
            case SendResult.Failed f -> "Gửi lại SMS lỗi: " + f.reason() + " " + f.detail();
        };
    }
}
