package vn.canhbao.gateway.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.canhbao.core.area.Ward;
import vn.canhbao.core.area.WardDirectory;

/**
 * Which wards a caller may see and act on: an officer only theirs (a province officer every ward of the province), an
 * approver approves only for their wards, and no one approves what they wrote. Upstream systems see everything.
 */
@Component
public class WardAccess {

    private final WardDirectory wards;

    WardAccess(WardDirectory wards) {
        this.wards = wards;
    }

    /** The name recorded as the actor of what {@code caller} does. */
    public static String actor(Authentication caller) {
        return caller.getPrincipal() instanceof Officer o ? o.username() : "system:" + caller.getName();
    }

    /** Throws 403 unless the caller may see the ward. */
    public void requireView(Authentication caller, String wardCode) {
        if (caller.getPrincipal() instanceof Officer o && !o.reaches(wardCode, province(wardCode))) {
            throw new AccessDeniedException("You do not serve ward " + wardCode + ".");
        }
    }

    /** Throws 403 unless the caller is an officer who may write and issue alerts for the ward. */
    public Officer requireOfficer(Authentication caller, String wardCode) {
        if (!(caller.getPrincipal() instanceof Officer o)) {
            throw new AccessDeniedException("Only an officer of the ward writes, issues and cancels its alerts.");
        }
        String province = province(wardCode);
        if (!(o.holds(Role.WARD_OFFICER, wardCode, province) || o.holds(Role.PROVINCE_OFFICER, wardCode, province))) {
            throw new AccessDeniedException("You are not an officer of ward " + wardCode + ".");
        }
        return o;
    }

    /** Throws 403 unless the caller is an approver of the ward. */
    public Officer requireApprover(Authentication caller, String wardCode) {
        if (!(caller.getPrincipal() instanceof Officer o) || !o.holds(Role.APPROVER, wardCode, province(wardCode))) {
            throw new AccessDeniedException("Only an approver of ward " + wardCode + " approves its alerts.");
        }
        return o;
    }

    private String province(String wardCode) {
        return wards.resolve(wardCode).map(Ward::provinceCode).orElse(null);
    }
}
