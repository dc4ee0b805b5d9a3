package vn.canhbao.gateway.escalation;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.canhbao.gateway.alerts.AlertAccess;
import vn.canhbao.gateway.alerts.AlertRepository;
import vn.canhbao.gateway.alerts.StoredAlert;
import vn.canhbao.gateway.security.AuditLog;
import vn.canhbao.gateway.security.WardAccess;

/**
 * A ward's escalation policy ({@code GET}; {@code PUT} for ADMIN) and where each group of an alert stands:
 * confirmed by whom and when, waiting, sent again, called, unreached, with every step taken.
 */
@RestController
class EscalationController {

    /** What an ADMIN sets, in seconds after issue. */
    record PolicyChange(
            Integer resendAfterSeconds, Integer callAfterSeconds, Integer unreachedAfterSeconds, Boolean allLeaders) {}

    private final AlertAccess alertAccess;
    private final EscalationPolicies policies;
    private final GroupWatchRepository watches;
    private final AlertRepository alerts;
    private final WardAccess access;
    private final AuditLog audit;

    EscalationController(
            AlertAccess alertAccess,
            EscalationPolicies policies,
            GroupWatchRepository watches,
            AlertRepository alerts,
            WardAccess access,
            AuditLog audit) {
        this.alertAccess = alertAccess;
        this.policies = policies;
        this.watches = watches;
        this.alerts = alerts;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping("/api/v1/wards/{ward}/escalation")
    Map<String, Object> policy(@PathVariable String ward, Authentication caller) {
        access.requireView(caller, ward);
        return describe(policies.of(ward));
    }

    @PutMapping("/api/v1/wards/{ward}/escalation")
    Map<String, Object> change(
            @PathVariable String ward,
            @RequestBody PolicyChange change,
            Authentication caller,
            HttpServletRequest http) {
        EscalationPolicy current = policies.of(ward);
        EscalationPolicy policy = new EscalationPolicy(
                ward,
                change.resendAfterSeconds() == null
                        ? current.resendAfter()
                        : Duration.ofSeconds(change.resendAfterSeconds()),
                change.callAfterSeconds() == null ? current.callAfter() : Duration.ofSeconds(change.callAfterSeconds()),
                change.unreachedAfterSeconds() == null
                        ? current.unreachedAfter()
                        : Duration.ofSeconds(change.unreachedAfterSeconds()),
                change.allLeaders() == null ? current.allLeaders() : change.allLeaders());
        policies.save(policy);
        audit.record(
                WardAccess.actor(caller),
                "escalation.policy-changed",
                ward,
                ward,
                describe(policy).toString(),
                http.getRemoteAddr());
        return describe(policy);
    }

    @GetMapping("/api/v1/alerts/{id}/groups")
    Map<String, Object> groups(@PathVariable UUID id, Authentication caller) {
        StoredAlert stored = alertAccess.view(id, caller);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("alertId", id);
        answer.put("groups", watches.ofAlert(id));
        answer.put("steps", watches.steps(id));
        return answer;
    }

    private static Map<String, Object> describe(EscalationPolicy p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ward", p.wardCode());
        m.put("resendAfterSeconds", p.resendAfter().toSeconds());
        m.put("callAfterSeconds", p.callAfter().toSeconds());
        m.put("unreachedAfterSeconds", p.unreachedAfter().toSeconds());
        m.put("allLeaders", p.allLeaders());
        return m;
    }
}
