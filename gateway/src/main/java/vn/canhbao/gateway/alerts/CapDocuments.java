package vn.canhbao.gateway.alerts;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.area.Ward;
import vn.canhbao.core.area.WardDirectory;
import vn.canhbao.core.cap.AlertCap;
import vn.canhbao.core.cap.CapSigner;
import vn.canhbao.core.cap.CapWriter;
import vn.canhbao.gateway.signing.CapSigning;

/**
 * The CAP 1.2 XML canhbao publishes for an alert, whether an officer wrote it or it came from a bulletin; signed with
 * the operator's key where one is configured (see {@link CapSigning}), wherever it is served.
 */
@Component
public class CapDocuments {

    private final AlertCap cap;
    private final CapWriter writer = new CapWriter();
    private final AlertRepository alerts;
    private final WardDirectory wards;
    private final Optional<CapSigner> signer;

    CapDocuments(CapProperties properties, AlertRepository alerts, WardDirectory wards, CapSigning signing) {
        this.cap = new AlertCap(properties.sender());
        this.alerts = alerts;
        this.wards = wards;
        this.signer = signing.signer();
    }

    public String xml(StoredAlert stored) {
        Alert alert = stored.alert();
        Ward ward = wards.resolve(alert.wardCode()).orElseThrow();
        List<Alert> superseded = alert.references().stream()
                .flatMap(id -> alerts.find(id).stream())
                .map(StoredAlert::alert)
                .toList();
        String xml = writer.write(cap.of(alert, ward, superseded));
        return signer.map(s -> s.sign(xml)).orElse(xml);
    }
}
