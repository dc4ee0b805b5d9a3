package vn.canhbao.gateway.security;

import java.io.Serializable;

/** A role held for a ward, for a province, or (ADMIN) everywhere. */
public record RoleGrant(Role role, String wardCode, String provinceCode) implements Serializable {

    /** Whether this grant covers {@code wardCode}, which lies in {@code provinceCode}. */
    boolean covers(String wardCode, String provinceCode) {
        return switch (role) {
            case ADMIN, SYSTEM -> true;
            case PROVINCE_OFFICER -> this.provinceCode != null && this.provinceCode.equals(provinceCode);
            case WARD_OFFICER, APPROVER, LEADER -> this.wardCode != null && this.wardCode.equals(wardCode);
        };
    }
}
