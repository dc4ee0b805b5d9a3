package vn.canhbao.gateway.alerts;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.area.Ward;
import vn.canhbao.core.area.WardDirectory;
import vn.canhbao.core.cap.AlertCap;
import vn.canhbao.core.cap.CapWriter;

/** The CAP 1.2 XML canhbao publishes for an alert, whether an officer wrote it or it came from a bulletin. */
@Component
public class CapDocuments {

    private final AlertCap cap;
    private final CapWriter writer = new CapWriter();
    private final AlertRepository alerts;
    private final WardDirectory wards;

    CapDocuments(CapProperties properties, AlertRepository alerts, WardDirectory wards) {
        this.cap = new AlertCap(properties.sender());
        this.alerts = alerts;
        this.wards = wards;
    }

    public String xml(StoredAlert stored) {
        Alert alert = stored.alert();
        Ward ward = wards.resolve(alert.wardCode()).orElseThrow();
        List<Alert> superseded = alert.references().stream()
                .flatMap(id -> alerts.find(id).stream())
                .map(StoredAlert::alert)
                .toList();
        return writer.write(cap.of(alert, ward, superseded));
    }
}
