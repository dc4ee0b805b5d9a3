package vn.canhbao.gateway.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.cap.CapReader;
import vn.canhbao.core.cap.CapTooLargeException;

/** {@code POST /api/v1/cap}: upstream systems post CAP 1.2 (or 1.1) bulletins here. */
@RestController
@RequestMapping("/api/v1/cap")
class CapController {

    private final BulletinIntake intake;

    CapController(BulletinIntake intake) {
        this.intake = intake;
    }

    /**
     * Accepts a bulletin: 202 once it is stored, with the wards it reaches and the alerts it makes; 400 listing every
     * problem when it is not valid CAP, or when a signature does not match the content (changed after signing); 413
     * over 1 MiB. A bulletin already expired is kept ({@code "expired": true}) and makes no alert. {@code "signature"}
     * is {@code VERIFIED}, {@code UNVERIFIED} (with {@code "signatureReason"}: accepted, never counted as signed) or
     * {@code NONE}.
     */
    @PostMapping
    ResponseEntity<Map<String, Object>> post(InputStream body, Authentication caller) throws IOException {
        byte[] xml = body.readNBytes(CapReader.MAX_BYTES + 1);
        if (xml.length > CapReader.MAX_BYTES) {
            intake.countTooLarge();
            throw new CapTooLargeException(CapReader.MAX_BYTES);
        }
        BulletinIntake.Accepted accepted = intake.accept(xml, caller.getName());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("bulletinId", accepted.bulletinId());
        answer.put("identifier", accepted.message().identifier());
        answer.put("duplicate", accepted.duplicate());
        answer.put("expired", accepted.expired());
        answer.put("wards", accepted.wards());
        answer.put("alertIds", accepted.alertIds().stream().map(AlertId::value).toList());
        BulletinController.putSignature(
                answer,
                accepted.signature().status(),
                accepted.signature().signedBy().orElse(null),
                accepted.signature().detail());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .header("Location", "/api/v1/bulletins/" + accepted.bulletinId())
                .body(answer);
    }
}
