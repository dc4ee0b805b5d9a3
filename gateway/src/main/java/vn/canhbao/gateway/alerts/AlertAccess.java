package vn.canhbao.gateway.alerts;

import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.canhbao.gateway.security.WardAccess;

/**
 * An alert as the caller may have it: 404 when there is none, 403 when it is for a ward outside the caller's. The one
 * place the API, the console, reports and escalation find an alert and check its ward.
 */
@Component
public class AlertAccess {

    private final AlertRepository alerts;
    private final WardAccess access;

    AlertAccess(AlertRepository alerts, WardAccess access) {
        this.alerts = alerts;
        this.access = access;
    }

    /** The alert, for a caller who may see its ward. */
    public StoredAlert view(UUID id, Authentication caller) {
        StoredAlert stored = alerts.require(id);
        access.requireView(caller, stored.alert().wardCode());
        return stored;
    }

    /** The alert, for an officer who may write for its ward. */
    public StoredAlert write(UUID id, Authentication caller) {
        StoredAlert stored = alerts.require(id);
        access.requireOfficer(caller, stored.alert().wardCode());
        return stored;
    }

    /** The alert, for an officer who may approve for its ward. */
    public StoredAlert approve(UUID id, Authentication caller) {
        StoredAlert stored = alerts.require(id);
        access.requireApprover(caller, stored.alert().wardCode());
        return stored;
    }
}
