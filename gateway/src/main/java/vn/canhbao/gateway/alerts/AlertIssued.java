package vn.canhbao.gateway.alerts;

import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.gateway.messaging.Outbox;
import vn.canhbao.gateway.messaging.Topics;

/** The record on {@code canhbao.alerts}: an alert was issued and its audience is to be planned. */
public record AlertIssued(UUID alertId, String wardCode) {

    /** The outbox entry that announces {@code alert}, keyed by its ward. */
    public static Outbox.Entry entry(Alert alert, JsonMapper json) {
        return new Outbox.Entry(
                Topics.ALERTS,
                alert.wardCode(),
                json.writeValueAsString(new AlertIssued(alert.id().value(), alert.wardCode())));
    }
}
