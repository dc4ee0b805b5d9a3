package vn.canhbao.core.cap;

import java.util.ArrayList;
import java.util.List;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.alert.CapEnumeration;
import vn.canhbao.core.alert.Hazard;
import vn.canhbao.core.alert.RiskLevel;
import vn.canhbao.core.area.Ward;

/**
 * The CAP 1.2 message canhbao publishes for one alert, in the Vietnamese profile: one {@code vi-VN} info with the
 * hazard code, the risk level and the ward as a {@code DVHC} geocode. An update or cancel references the messages it
 * supersedes by canhbao's own identifiers, which are the alert ids.
 */
public final class AlertCap {

    private final String sender;

    /** @param sender the CAP sender canhbao publishes as, e.g. {@code canhbao@ubnd.caominh.gov.vn} */
    public AlertCap(String sender) {
        this.sender = sender;
    }

    /** The CAP identifier of an alert: stable, so references from later updates resolve. */
    public static String identifier(AlertId id) {
        return "urn:uuid:" + id.value();
    }

    public CapMessage of(Alert alert, Ward ward, List<Alert> superseded) {
        List<NamedValue> parameters = new ArrayList<>();
        alert.risk()
                .ifPresent(r -> parameters.add(new NamedValue(RiskLevel.PARAMETER_NAME, String.valueOf(r.number()))));
        parameters.add(new NamedValue("MA_XAC_MINH", alert.shortCode()));
        CapArea area = new CapArea(
                ward.name(),
                List.of(),
                List.of(),
                List.of(new NamedValue(VietnameseCapProfile.DVHC, ward.code())),
                null,
                null);
        CapInfo info = new CapInfo(
                "vi-VN",
                List.of(CapEnumeration.fromCap(CapCategory.class, alert.hazard().capCategory())
                        .orElse(CapCategory.OTHER)),
                alert.hazard().vietnameseName(),
                List.of(),
                alert.urgency(),
                alert.severity(),
                alert.certainty(),
                null,
                List.of(new NamedValue(Hazard.EVENT_CODE_NAME, alert.hazard().code())),
                null,
                null,
                alert.expires(),
                alert.senderName() != null ? alert.senderName() : "UBND " + ward.name(),
                alert.headline(),
                alert.description(),
                alert.instruction(),
                null,
                null,
                parameters,
                List.of(),
                List.of(area));
        List<CapReference> references = superseded.stream()
                .map(s -> new CapReference(sender, identifier(s.id()), CapSyntax.format(s.sent())))
                .toList();
        return new CapMessage(
                identifier(alert.id()),
                sender,
                alert.sent(),
                CapEnumeration.fromCap(CapStatus.class, alert.status().capValue())
                        .orElseThrow(),
                CapEnumeration.fromCap(CapMessageType.class, alert.messageType().capValue())
                        .orElseThrow(),
                null,
                CapScope.PUBLIC,
                null,
                List.of(),
                List.of(),
                null,
                references,
                List.of(),
                List.of(info),
                CapVersion.CAP_1_2,
                false);
    }
}
