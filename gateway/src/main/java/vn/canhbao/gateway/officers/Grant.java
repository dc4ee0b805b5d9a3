package vn.canhbao.gateway.officers;

import vn.canhbao.gateway.security.RoleGrant;

/**
 * A role as the officers API reads and writes it: {@code WARD_OFFICER}, {@code APPROVER} and {@code LEADER} for a
 * ward, {@code PROVINCE_OFFICER} for a province, {@code ADMIN} everywhere.
 *
 * @param role the role's name
 * @param ward the ward's 2025 code, for a ward role
 * @param province the province's code, for a province officer
 */
public record Grant(String role, String ward, String province) {

    static Grant of(RoleGrant grant) {
        return new Grant(grant.role().name(), grant.wardCode(), grant.provinceCode());
    }

    @Override
    public String toString() {
        return role + (ward != null ? " " + ward : "") + (province != null ? " " + province : "");
    }
}
