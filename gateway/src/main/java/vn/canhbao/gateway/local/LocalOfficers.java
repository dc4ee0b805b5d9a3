package vn.canhbao.gateway.local;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.canhbao.gateway.security.OfficerRepository;
import vn.canhbao.gateway.security.Role;
import vn.canhbao.gateway.security.RoleGrant;
import vn.canhbao.gateway.security.SecurityProperties;

/**
 * The demo officers of local mode: {@code officer.bachdang} (ward officer of 11473), {@code officer.caominh} (ward
 * officer of 01879), {@code approver.caominh} (approver of 01879) and {@code admin}. Their password is
 * {@code CANHBAO_LOCAL_PASSWORD}, or one generated on the first start and kept in {@code ./data/local-password}.
 */
@Component
@ConditionalOnProperty(name = "canhbao.demo.enabled", havingValue = "true")
public class LocalOfficers {

    private final String password;

    LocalOfficers(OfficerRepository officers, SecurityProperties properties) {
        this.password = properties.localPassword() != null
                        && !properties.localPassword().isBlank()
                ? properties.localPassword()
                : LocalSecret.kept(
                        Path.of(
                                properties.localPasswordFile() == null
                                        ? "./data/local-password"
                                        : properties.localPasswordFile()),
                        "abcdefghijkmnpqrstuvwxyz23456789",
                        16);
        add(
                officers,
                "officer.bachdang",
                "Cán bộ trực ban Phường Bạch Đằng",
                new RoleGrant(Role.WARD_OFFICER, "11473", null));
        add(
                officers,
                "officer.caominh",
                "Cán bộ trực ban Xã Cao Minh",
                new RoleGrant(Role.WARD_OFFICER, "01879", null));
        add(
                officers,
                "approver.caominh",
                "Chỉ huy trưởng Ban chỉ huy Xã Cao Minh",
                new RoleGrant(Role.APPROVER, "01879", null));
        add(officers, "admin", "Quản trị hệ thống", new RoleGrant(Role.ADMIN, null, null));
    }

    private void add(OfficerRepository officers, String username, String name, RoleGrant grant) {
        if (officers.exists(username)) {
            officers.setPassword(username, password);
        } else {
            officers.add(username, password, name, List.of(grant));
        }
    }

    public String password() {
        return password;
    }
}
