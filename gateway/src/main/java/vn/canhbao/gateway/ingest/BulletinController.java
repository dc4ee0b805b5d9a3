package vn.canhbao.gateway.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.canhbao.core.cap.CapReader;
import vn.canhbao.core.cap.CapSignature;
import vn.canhbao.gateway.alerts.AlertRepository;
import vn.canhbao.gateway.security.WardAccess;
import vn.canhbao.gateway.web.NotFoundException;

/**
 * {@code GET /api/v1/bulletins/{id}}: a received bulletin, the wards it reached, the alerts it made, and whether it has
 * expired (one that arrived expired made none), and what canhbao made of its signature. Scoped as alerts are: an officer sees a bulletin that touches one of
 * their wards; upstream systems and administrators see every bulletin. To anyone else it does not exist (404, so its
 * existence is not revealed).
 */
@RestController
@RequestMapping("/api/v1/bulletins")
class BulletinController {

    private final BulletinRepository bulletins;
    private final AlertRepository alerts;
    private final CapReader reader = new CapReader();
    private final Clock clock;

    private final WardAccess access;

    BulletinController(BulletinRepository bulletins, AlertRepository alerts, WardAccess access, Clock clock) {
        this.clock = clock;
        this.bulletins = bulletins;
        this.alerts = alerts;
        this.access = access;
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable UUID id, Authentication caller) {
        var b = bulletins
                .find(id)
                .filter(found -> access.maySeeAny(caller, found.wards()))
                .orElseThrow(() -> new NotFoundException("No bulletin " + id + "."));
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
        putSignature(answer, b.signature(), b.signedBy(), b.signatureReason());
        // The stored XML was read and validated on arrival; its expiry is read again rather than stored twice.
        BulletinExpiry expiry = BulletinExpiry.of(reader.read(b.capXml().getBytes(StandardCharsets.UTF_8)));
        answer.put("expires", expiry.expires().orElse(null));
        answer.put("expired", expiry.isExpiredAt(clock.instant()));
        answer.put(
                "alertIds",
                alerts.ofBulletins(List.of(id)).stream()
                        .map(a -> a.alert().id().value())
                        .toList());
        answer.put("cap", b.capXml());
        return answer;
    }

    /** What canhbao made of a bulletin's signature, as both the 202 answer and this one report it (#15). */
    static void putSignature(
            Map<String, Object> answer, CapSignature.Status signature, String signedBy, String reason) {
        answer.put("signature", signature.name());
        answer.put("signedBy", signedBy);
        answer.put("signatureReason", reason);
    }
}
