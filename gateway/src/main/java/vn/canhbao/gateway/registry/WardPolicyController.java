package vn.canhbao.gateway.registry;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.canhbao.core.area.WardDirectory;
import vn.canhbao.core.message.SmsOverBudget;
import vn.canhbao.gateway.security.AuditLog;
import vn.canhbao.gateway.security.WardAccess;
import vn.canhbao.gateway.web.NotFoundException;

/**
 * A ward's policy: {@code GET /api/v1/wards/{ward}/policy} for its officers, {@code PUT} for ADMIN. A ward with a
 * policy is served: bulletins that reach it make alerts. Each change is audited, since it decides who may send what.
 */
@RestController
class WardPolicyController {

    /** What an ADMIN changes; an absent field keeps its value (or false for a ward not served yet). */
    record PolicyChange(
            Boolean autoIssue,
            Boolean smsWithoutDiacritics,
            Boolean twoPersonApproval,
            Boolean requireSignedBulletins,
            SmsOverBudget smsOverBudget) {}

    private final WardPolicyRepository policies;
    private final WardDirectory wards;
    private final WardAccess access;
    private final AuditLog audit;

    WardPolicyController(WardPolicyRepository policies, WardDirectory wards, WardAccess access, AuditLog audit) {
        this.policies = policies;
        this.wards = wards;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping("/api/v1/wards/{ward}/policy")
    WardPolicy policy(@PathVariable String ward, Authentication caller) {
        access.requireView(caller, ward);
        return policies.find(ward)
                .orElseThrow(() -> new NotFoundException("Ward " + ward + " is not served by canhbao yet; an ADMIN"
                        + " sets its policy with PUT /api/v1/wards/" + ward + "/policy."));
    }

    @PutMapping("/api/v1/wards/{ward}/policy")
    WardPolicy change(
            @PathVariable String ward,
            @RequestBody PolicyChange change,
            Authentication caller,
            HttpServletRequest http) {
        if (wards.ward(ward).isEmpty()) {
            throw new NotFoundException("No ward " + ward + " in the 2025 list.");
        }
        WardPolicy current = policies.find(ward).orElse(new WardPolicy(ward, false, false, false, false));
        WardPolicy policy = new WardPolicy(
                ward,
                or(change.autoIssue(), current.autoIssue()),
                or(change.smsWithoutDiacritics(), current.smsWithoutDiacritics()),
                or(change.twoPersonApproval(), current.twoPersonApproval()),
                or(change.requireSignedBulletins(), current.requireSignedBulletins()),
                change.smsOverBudget() != null ? change.smsOverBudget() : current.smsOverBudget());
        policies.save(policy);
        audit.record(
                WardAccess.actor(caller),
                "registry.policy-changed",
                ward,
                ward,
                policy.toString(),
                http.getRemoteAddr());
        return policy;
    }

    private static boolean or(Boolean given, boolean current) {
        return given != null ? given : current;
    }
}
