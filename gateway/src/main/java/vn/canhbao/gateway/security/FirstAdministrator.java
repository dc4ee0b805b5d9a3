package vn.canhbao.gateway.security;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * A production installation's first administrator, from {@code CANHBAO_ADMIN_USERNAME} and
 * {@code CANHBAO_ADMIN_PASSWORD}: created on a start when no officer has that name, and left alone afterwards, so a
 * password changed since is never reset by a restart. Replicas starting together may race to create it; one wins.
 */
@Component
@ConditionalOnExpression("'${canhbao.security.admin-username:}' != ''")
class FirstAdministrator {

    static final int MIN_PASSWORD = OfficerRepository.MIN_PASSWORD;

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    FirstAdministrator(OfficerRepository officers, SecurityProperties properties, AuditLog audit) {
        String username = properties.adminUsername().strip();
        if (officers.exists(username)) {
            return;
        }
        String password = properties.adminPassword();
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new IllegalStateException("CANHBAO_ADMIN_PASSWORD must be set, at least " + MIN_PASSWORD
                    + " characters, to create the administrator " + username + " (openssl rand -hex 16)");
        }
        try {
            officers.add(username, password, "Quản trị hệ thống", List.of(new RoleGrant(Role.ADMIN, null, null)));
        } catch (DuplicateKeyException anotherReplicaWasFirst) {
            return;
        }
        audit.record(
                "system", "officer.created", username, null, "first administrator, from CANHBAO_ADMIN_USERNAME", null);
        log.info("Created the administrator {} from CANHBAO_ADMIN_USERNAME", username);
    }
}
