package vn.canhbao.gateway.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
        return officer(caller).map(Officer::username).orElseGet(() -> "system:" + caller.getName());
    }

    /** The officer behind a login by password or through the province's OpenID Connect provider. */
    public static Optional<Officer> officer(Authentication caller) {
        if (caller == null) {
            return Optional.empty();
        }
        return switch (caller.getPrincipal()) {
            case Officer o -> Optional.of(o);
            case OfficerOidcUser u -> Optional.of(u.officer());
            default -> Optional.empty();
        };
    }

    private static boolean isSystem(Authentication caller) {
        return caller.getAuthorities().stream()
                .anyMatch(a -> Role.SYSTEM.authority().equals(a.getAuthority()));
    }

    /**
     * The wards the caller may see, in code order; empty when the caller sees every ward (upstream systems and
     * administrators), so lists are not filtered for them.
     */
    public Optional<List<String>> visibleWards(Authentication caller) {
        Officer o = officer(caller).orElse(null);
        if (o == null || o.holds(Role.ADMIN)) {
            return Optional.empty();
        }
        Set<String> codes = new TreeSet<>();
        for (RoleGrant g : o.grants()) {
            if (g.role() == Role.PROVINCE_OFFICER && g.provinceCode() != null) {
                wards.wardsOf(g.provinceCode()).forEach(w -> codes.add(w.code()));
            } else if (g.role() != Role.LEADER && g.wardCode() != null) {
                codes.add(g.wardCode());
            }
        }
        return Optional.of(List.copyOf(codes));
    }

    /** Throws 403 unless the caller may see the ward. */
    public void requireView(Authentication caller, String wardCode) {
        if (!maySeeAny(caller, List.of(wardCode))) {
            throw new AccessDeniedException("You do not serve ward " + wardCode + ".");
        }
    }

    /**
     * Whether the caller may see what touches these wards (a bulletin for several): an officer who serves one of them,
     * an upstream system all.
     */
    public boolean maySeeAny(Authentication caller, Collection<String> wardCodes) {
        Optional<Officer> o = officer(caller);
        return o.isEmpty()
                ? isSystem(caller)
                : wardCodes.stream().anyMatch(w -> o.get().reaches(w, province(w)));
    }

    /** Whether the caller is an officer who may write, issue and cancel alerts for the ward. */
    public boolean mayWrite(Authentication caller, String wardCode) {
        String province = province(wardCode);
        return officer(caller)
                .map(o -> o.holds(Role.WARD_OFFICER, wardCode, province)
                        || o.holds(Role.PROVINCE_OFFICER, wardCode, province))
                .orElse(false);
    }

    /** Whether the caller is an approver of the ward. */
    public boolean mayApprove(Authentication caller, String wardCode) {
        return officer(caller)
                .map(o -> o.holds(Role.APPROVER, wardCode, province(wardCode)))
                .orElse(false);
    }

    /** Throws 403 unless the caller is an officer who may write and issue alerts for the ward. */
    public Officer requireOfficer(Authentication caller, String wardCode) {
        Officer o = officer(caller)
                .orElseThrow(() -> new AccessDeniedException(
                        "Only an officer of the ward writes, issues and cancels its alerts."));
        if (!mayWrite(caller, wardCode)) {
            throw new AccessDeniedException("You are not an officer of ward " + wardCode + ".");
        }
        return o;
    }

    /** Throws 403 unless the caller is an approver of the ward. */
    public Officer requireApprover(Authentication caller, String wardCode) {
        if (!mayApprove(caller, wardCode)) {
            throw new AccessDeniedException("Only an approver of ward " + wardCode + " approves its alerts.");
        }
        return officer(caller).orElseThrow();
    }

    private String province(String wardCode) {
        return wards.resolve(wardCode).map(Ward::provinceCode).orElse(null);
    }
}
