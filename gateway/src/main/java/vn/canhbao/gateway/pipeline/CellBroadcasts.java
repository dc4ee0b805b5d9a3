package vn.canhbao.gateway.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.canhbao.channels.cbc.CellBroadcastOrder;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.alert.MessageType;
import vn.canhbao.core.broadcast.MessageIdentifier;
import vn.canhbao.core.broadcast.SerialNumber;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Tier;
import vn.canhbao.gateway.alerts.AlertRepository;
import vn.canhbao.gateway.alerts.StoredAlert;
import vn.canhbao.gateway.registry.AudienceScope;
import vn.canhbao.gateway.registry.RecipientRepository;
import vn.canhbao.gateway.registry.WardCells;

/**
 * The ward's cell broadcast for an alert: one dispatch per alert and ward, in the urgent tier with the loudspeakers,
 * for a ward whose cells are in the registry. Its address is the order the CBC is given ({@link CellBroadcastOrder}):
 *
 * <ul>
 *   <li>a new warning is written on the identifier its level and status choose ({@link MessageIdentifier}), with the
 *       message code of its first alert and update number 0;
 *   <li>an Update is written with the same message code and the update number raised by one for each Update in its
 *       chain, so handsets show it again; if its level moved it to another identifier, the old one is named to be
 *       replaced;
 *   <li>a Cancel kills the message of the warning it ends.
 * </ul>
 *
 * A broadcast covers the whole ward, so an alert an officer limited to some neighbourhood groups is not broadcast; an
 * Update or a Cancel is broadcast only where the warning it supersedes was.
 */
@Component
class CellBroadcasts {

    /** No warning has this many versions; the bound stops a reference loop in bad upstream data. */
    private static final int MAX_CHAIN = 100;

    private final AlertRepository alerts;
    private final WardCells cells;
    private final RecipientRepository recipients;

    CellBroadcasts(AlertRepository alerts, WardCells cells, RecipientRepository recipients) {
        this.alerts = alerts;
        this.cells = cells;
        this.recipients = recipients;
    }

    /** The ward's broadcast of {@code alert} within {@code scope}, if there is one to send. */
    Optional<Target> of(Alert alert, AudienceScope scope) {
        if (!scope.groupIds().isEmpty() || cells.count(alert.wardCode()) == 0) {
            return Optional.empty();
        }
        UUID id = wardId(alert.wardCode());
        if (!recipients.reached(scope, id)) {
            return Optional.empty();
        }
        return Optional.of(new Target(id, Channel.CELL_BROADCAST, order(alert).format(), Tier.LOUDSPEAKER));
    }

    /** The id that stands for a ward's cells in its dispatches: the same for every alert, so Updates find it. */
    static UUID wardId(String wardCode) {
        return UUID.nameUUIDFromBytes(("cbs-" + wardCode).getBytes(StandardCharsets.UTF_8));
    }

    CellBroadcastOrder order(Alert alert) {
        String ward = alert.wardCode();
        if (alert.messageType() == MessageType.CANCEL) {
            Alert cancelled = predecessor(alert).orElse(alert);
            return CellBroadcastOrder.kill(ward, MessageIdentifier.of(cancelled).value(), serialNumber(cancelled));
        }
        int identifier = MessageIdentifier.of(alert).value();
        Integer replaced = alert.messageType() == MessageType.UPDATE
                ? predecessor(alert)
                        .map(p -> MessageIdentifier.of(p).value())
                        .filter(p -> p != identifier)
                        .orElse(null)
                : null;
        return CellBroadcastOrder.write(ward, identifier, serialNumber(alert), replaced);
    }

    /**
     * The serial number of {@code alert}: the message code of the first alert of its warning and the number of
     * Updates from there to it. An Update whose earlier versions canhbao never held counts from itself.
     */
    SerialNumber serialNumber(Alert alert) {
        Alert current = alert;
        int updates = 0;
        for (int step = 0; step < MAX_CHAIN && current.messageType() != MessageType.ALERT; step++) {
            Optional<Alert> previous = predecessor(current);
            if (previous.isEmpty()) {
                break;
            }
            if (current.messageType() == MessageType.UPDATE) {
                updates++;
            }
            current = previous.get();
        }
        return SerialNumber.afterUpdates(current.id(), updates);
    }

    /** The latest alert {@code alert} references that canhbao holds. */
    private Optional<Alert> predecessor(Alert alert) {
        List<AlertId> references = alert.references();
        for (int i = references.size() - 1; i >= 0; i--) {
            Optional<StoredAlert> stored = alerts.find(references.get(i));
            if (stored.isPresent()) {
                return Optional.of(stored.get().alert());
            }
        }
        return Optional.empty();
    }
}
