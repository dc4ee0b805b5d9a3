package vn.canhbao.channels.esms;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Dispatch;
import vn.canhbao.core.delivery.Tier;

/** SMS dispatches for the eSMS tests. */
final class EsmsDispatches {

    static final String WARNING = "Cảnh báo lũ quét tại Xã Cao Minh";

    private EsmsDispatches() {}

    static Dispatch to(String phone, String body) {
        return new Dispatch(
                UUID.randomUUID(),
                AlertId.random(),
                UUID.randomUUID(),
                Channel.SMS,
                Tier.EVERYONE,
                phone,
                "",
                body,
                0,
                OffsetDateTime.now().plusHours(6));
    }

    static Dispatch to(String phone) {
        return to(phone, WARNING);
    }
}
