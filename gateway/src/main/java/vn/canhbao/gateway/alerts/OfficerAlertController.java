package vn.canhbao.gateway.alerts;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.gateway.security.WardAccess;

/**
 * The officers' API: write a draft ({@code POST /api/v1/alerts}), approve, issue and cancel it. An officer acts only
 * on their wards (403 otherwise).
 */
@RestController
@RequestMapping("/api/v1/alerts")
class OfficerAlertController {

    private final AlertAccess alertAccess;
    private final AlertService service;
    private final WardAccess access;

    OfficerAlertController(AlertAccess alertAccess, AlertService service, WardAccess access) {
        this.alertAccess = alertAccess;
        this.service = service;
        this.access = access;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> draft(
            @RequestBody NewAlert request, Authentication caller, HttpServletRequest http) {
        service.validate(request);
        request.wards().forEach(ward -> access.requireOfficer(caller, ward));
        List<AlertId> ids = service.draft(request, WardAccess.actor(caller), http.getRemoteAddr());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", ids.getFirst().value());
        answer.put("ids", ids.stream().map(AlertId::value).toList());
        answer.put("state", AlertState.DRAFT);
        return ResponseEntity.status(HttpStatus.CREATED).body(answer);
    }

    @PostMapping("/{id}/approve")
    Map<String, Object> approve(@PathVariable UUID id, Authentication caller, HttpServletRequest http) {
        StoredAlert stored = alertAccess.approve(id, caller);
        service.approve(stored, WardAccess.actor(caller), http.getRemoteAddr());
        return Map.of("id", id, "approvedBy", WardAccess.actor(caller));
    }

    @PostMapping("/{id}/issue")
    ResponseEntity<Map<String, Object>> issue(@PathVariable UUID id, Authentication caller, HttpServletRequest http) {
        StoredAlert stored = alertAccess.write(id, caller);
        service.issue(stored, WardAccess.actor(caller), http.getRemoteAddr());
        return ResponseEntity.accepted().body(Map.of("id", id, "state", AlertState.ISSUED));
    }

    @PostMapping("/{id}/cancel")
    ResponseEntity<Map<String, Object>> cancel(@PathVariable UUID id, Authentication caller, HttpServletRequest http) {
        StoredAlert stored = alertAccess.write(id, caller);
        AlertId cancel = service.cancel(stored, WardAccess.actor(caller), http.getRemoteAddr());
        return ResponseEntity.accepted().body(Map.of("id", cancel.value(), "cancels", id));
    }

    /** Writes an update of an issued alert as a draft (new words or level, the same people); issue it as usual. */
    @PostMapping("/{id}/update")
    ResponseEntity<Map<String, Object>> update(
            @PathVariable UUID id, @RequestBody NewAlert request, Authentication caller, HttpServletRequest http) {
        StoredAlert stored = alertAccess.write(id, caller);
        AlertId update = service.draftUpdate(stored, request, WardAccess.actor(caller), http.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Map.of("id", update.value(), "updates", id, "state", AlertState.DRAFT));
    }

    /** A false alarm: cancels the alert and tells the same people the correction, in one step. */
    @PostMapping("/{id}/correction")
    ResponseEntity<Map<String, Object>> correct(
            @PathVariable UUID id, @RequestBody Correction request, Authentication caller, HttpServletRequest http) {
        StoredAlert stored = alertAccess.write(id, caller);
        AlertId cancel = service.correct(stored, request.correction(), WardAccess.actor(caller), http.getRemoteAddr());
        return ResponseEntity.accepted().body(Map.of("id", cancel.value(), "cancels", id));
    }

    /** @param correction what people should know instead, e.g. "Không có lũ quét, sinh hoạt bình thường." */
    record Correction(String correction) {}
}
