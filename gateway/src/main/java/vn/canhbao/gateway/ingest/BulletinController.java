package vn.canhbao.gateway.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.canhbao.gateway.alerts.AlertRepository;
import vn.canhbao.gateway.web.NotFoundException;

/** {@code GET /api/v1/bulletins/{id}}: a received bulletin, the wards it reached and the alerts it made. */
@RestController
@RequestMapping("/api/v1/bulletins")
class BulletinController {

    private final BulletinRepository bulletins;
    private final AlertRepository alerts;

    BulletinController(BulletinRepository bulletins, AlertRepository alerts) {
        this.bulletins = bulletins;
        this.alerts = alerts;
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable UUID id) {
        var b = bulletins.find(id).orElseThrow(() -> new NotFoundException("No bulletin " + id + "."));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("bulletinId", b.id());
        answer.put("identifier", b.identifier());
        answer.put("sender", b.sender());
        answer.put("sent", b.sent());
        answer.put("msgType", b.msgType());
        answer.put("status", b.status());
        answer.put("source", b.source());
        answer.put("receivedAt", b.receivedAt());
        answer.put("wards", b.wards());
        answer.put(
                "alertIds",
                alerts.ofBulletins(List.of(id)).stream()
                        .map(a -> a.alert().id().value())
                        .toList());
        answer.put("cap", b.capXml());
        return answer;
    }
}
