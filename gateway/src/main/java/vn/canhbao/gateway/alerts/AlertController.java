package vn.canhbao.gateway.alerts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.alert.RiskLevel;
import vn.canhbao.core.message.SmsChoice;
import vn.canhbao.core.message.SmsText;
import vn.canhbao.gateway.security.WardAccess;

/** {@code GET /api/v1/alerts/{id}}, the caller's alerts, an alert's preview and its CAP. */
@RestController
@RequestMapping("/api/v1/alerts")
class AlertController {

    private final AlertAccess alertAccess;
    private final AlertRepository alerts;
    private final AlertPreviews previews;
    private final CapDocuments capDocuments;
    private final WardAccess access;

    AlertController(
            AlertAccess alertAccess,
            AlertRepository alerts,
            AlertPreviews previews,
            CapDocuments capDocuments,
            WardAccess access) {
        this.alertAccess = alertAccess;
        this.alerts = alerts;
        this.previews = previews;
        this.capDocuments = capDocuments;
        this.access = access;
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable UUID id, Authentication caller) {
        StoredAlert stored = alertAccess.view(id, caller);
        Alert a = stored.alert();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("alertId", a.id().value());
        answer.put("bulletinId", stored.bulletinId());
        answer.put("ward", a.wardCode());
        answer.put("msgType", a.messageType().capValue());
        answer.put("status", a.status().capValue());
        answer.put("state", stored.state());
        answer.put("hazard", a.hazard().code());
        answer.put("hazardName", a.hazard().vietnameseName());
        answer.put("riskLevel", a.risk().map(RiskLevel::number).orElse(null));
        answer.put("riskColour", a.risk().map(RiskLevel::colourHex).orElse(null));
        answer.put("severity", a.severity().capValue());
        answer.put("urgency", a.urgency().capValue());
        answer.put("certainty", a.certainty().capValue());
        answer.put("headline", a.headline());
        answer.put("description", a.description());
        answer.put("instruction", a.instruction());
        answer.put("sent", a.sent());
        answer.put("expires", a.expires());
        answer.put("shortCode", a.shortCode());
        answer.put("references", a.references().stream().map(AlertId::value).toList());
        answer.put("issuedAt", stored.issuedAt());
        answer.put("createdBy", stored.createdBy());
        answer.put("approvedBy", stored.approvedBy());
        answer.put("issuedBy", stored.issuedBy());
        SmsChoice sms = previews.smsChoice(a);
        answer.put(
                "sms",
                Map.of(
                        "withDiacritics", cost(sms.variants().withDiacritics()),
                        "withoutDiacritics", cost(sms.variants().withoutDiacritics()),
                        "sent", sms.reason().sendsWithoutDiacritics() ? "withoutDiacritics" : "withDiacritics",
                        "reason", sms.reason().name(),
                        "overBudget", sms.overBudget()));
        answer.put(
                "cancelReason",
                a.cancellation() == null ? null : a.cancellation().reason().name());
        return answer;
    }

    /** The alerts of the caller's wards (or of one ward), newest first. */
    @GetMapping
    List<Map<String, Object>> list(
            @RequestParam(required = false) String ward,
            @RequestParam(defaultValue = "50") int limit,
            Authentication caller) {
        List<String> wards;
        if (ward != null) {
            access.requireView(caller, ward);
            wards = List.of(ward);
        } else {
            wards = access.visibleWards(caller).orElse(null);
        }
        return alerts.recent(wards, Math.clamp(limit, 1, 500)).stream()
                .map(s -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("alertId", s.alert().id().value());
                    row.put("ward", s.alert().wardCode());
                    row.put("msgType", s.alert().messageType().capValue());
                    row.put("status", s.alert().status().capValue());
                    row.put("state", s.state());
                    row.put("hazard", s.alert().hazard().code());
                    row.put("riskLevel", s.alert().risk().map(RiskLevel::number).orElse(null));
                    row.put("headline", s.alert().headline());
                    row.put("createdAt", s.createdAt());
                    row.put("fromBulletin", s.bulletinId() != null);
                    return row;
                })
                .toList();
    }

    /** What the alert says on each channel and whom it reaches: the console's preview, for scripts. */
    @GetMapping("/{id}/preview")
    AlertPreview preview(@PathVariable UUID id, Authentication caller) {
        StoredAlert stored = alertAccess.view(id, caller);
        return previews.of(stored);
    }

    /** The CAP 1.2 XML canhbao publishes for the alert. */
    @GetMapping(path = "/{id}/cap", produces = MediaType.APPLICATION_XML_VALUE)
    String cap(@PathVariable UUID id, Authentication caller) {
        StoredAlert stored = alertAccess.view(id, caller);
        return capDocuments.xml(stored);
    }

    /** What an SMS of this alert costs before it is sent: its encoding and segments. */
    private static Map<String, Object> cost(SmsText text) {
        return Map.of(
                "encoding", text.encoding().name(),
                "segments", text.segments(),
                "overBudget", text.overBudget(),
                "text", text.text());
    }
}
