package vn.canhbao.gateway.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/** Puts every failed login in the audit log: a stream of them is how a guessing attack shows. */
@Component
class LoginAudit {

    private final AuditLog audit;

    LoginAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        audit.record(
                String.valueOf(event.getAuthentication().getName()),
                "login.failed",
                null,
                null,
                event.getException().getClass().getSimpleName(),
                null);
    }
}
