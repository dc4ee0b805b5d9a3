package vn.canhbao.gateway.escalation;

import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.canhbao.channels.ChannelAdapter;
import vn.canhbao.channels.SendResult;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Dispatch;
import vn.canhbao.core.delivery.Tier;
import vn.canhbao.gateway.ack.AckLinks;
import vn.canhbao.gateway.alerts.AlertRepository;
import vn.canhbao.gateway.alerts.StoredAlert;
import vn.canhbao.gateway.pipeline.ChannelAdapters;

/**
 * The first step of escalation: the warning again, by SMS (the channel that reaches any phone), saying it is a
 * reminder and carrying the same confirmation link. Sent at once, one attempt: the next step follows anyway.
 */
@Component
class LeaderReminders {

    private final ChannelAdapters adapters;
    private final AlertRepository alerts;
    private final AckLinks links;

    LeaderReminders(ChannelAdapters adapters, AlertRepository alerts, AckLinks links) {
        this.adapters = adapters;
        this.alerts = alerts;
        this.links = links;
    }

    /** Sends the reminder; returns what happened, in Vietnamese: the ward's report shows it to the duty officer. */
    String send(StoredAlert stored, LeaderToChase leader) {
        ChannelAdapter sms = adapters.forChannel(Channel.SMS).orElse(null);
        if (sms == null || leader.phone() == null || leader.smsDispatchId() == null) {
            return "Không nhắc được: không có kênh SMS hoặc số điện thoại";
        }
        String body = alerts.message(stored.alert().id(), Channel.SMS)
                .map(m -> AckLinks.inAlphabetOf(m.body(), "NHẮC LẠI, chưa thấy xác nhận. ") + m.body() + "\n"
                        + AckLinks.inAlphabetOf(m.body(), "Đã nhận, bấm: ") + links.url(leader.smsDispatchId()))
                .orElse(null);
        if (body == null) {
            return "Không nhắc được: cảnh báo không có bản SMS";
        }
        SendResult result = sms.send(new Dispatch(
                UUID.randomUUID(),
                stored.alert().id(),
                leader.recipientId(),
                Channel.SMS,
                Tier.LEADER,
                leader.phone(),
                "",
                body,
                0,
                stored.alert().expires()));
        return switch (result) {
            case SendResult.Accepted a -> "Đã gửi lại SMS (" + a.providerMessageId() + ")";
            case SendResult.Failed f -> "Gửi lại SMS lỗi: " + f.reason() + " " + f.detail();
        };
    }
}
