package vn.canhbao.gateway.console;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.gateway.alerts.AlertRepository;
import vn.canhbao.gateway.alerts.AlertService;
import vn.canhbao.gateway.alerts.AlertState;
import vn.canhbao.gateway.alerts.StoredAlert;
import vn.canhbao.gateway.security.WardAccess;

/**
 * Tells where each alert stands for the officer looking at it: a draft waiting for a second person says so at every
 * step (and says "waiting for you" to an approver who may approve it), and an alert that was cancelled, or cancelled
 * and corrected, says that rather than "sent" (#14).
 */
@Component
class AlertStandings {

    private final Clock clock;
    private final AlertService service;
    private final WardAccess access;

    AlertStandings(AlertService service, WardAccess access, Clock clock) {
        this.clock = clock;
        this.service = service;
        this.access = access;
    }

    /** The standing of one alert, given the alerts that supersede it (its updates and cancels). */
    AlertStanding of(StoredAlert stored, List<StoredAlert> superseders, Authentication caller) {
        if (stored.state() == AlertState.DRAFT) {
            return draft(stored, caller);
        }
        Optional<StoredAlert> cancel =
                AlertRepository.cancelAmong(stored.alert().id(), superseders);
        if (cancel.isPresent()) {
            return cancel.get().alert().isCorrection() ? AlertStanding.CORRECTED : AlertStanding.CANCELLED;
        }
        if (stored.alert()
                .expiry()
                .map(e -> e.toInstant().isBefore(clock.instant()))
                .orElse(false)) {
            return AlertStanding.EXPIRED;
        }
        return stored.state() == AlertState.PLANNED ? AlertStanding.SENT : AlertStanding.ISSUED;
    }

    /**
     * The standings of a list of alerts, newest first, such as the inbox: an alert's cancel is newer than the alert,
     * so it is in the same list whenever the alert is.
     */
    Map<AlertId, AlertStanding> of(List<StoredAlert> alerts, Authentication caller) {
        Map<AlertId, AlertStanding> standings = new HashMap<>();
        for (StoredAlert stored : alerts) {
            standings.put(stored.alert().id(), of(stored, alerts, caller));
        }
        return standings;
    }

    private AlertStanding draft(StoredAlert stored, Authentication caller) {
        if (stored.approvedBy() != null) {
            return AlertStanding.APPROVED;
        }
        if (!service.needsApproval(stored)) {
            return AlertStanding.DRAFT;
        }
        return mayApprove(stored, caller) ? AlertStanding.AWAITING_YOUR_APPROVAL : AlertStanding.AWAITING_APPROVAL;
    }

    /** Whether the caller may approve this draft: an approver of its ward who did not write it. */
    boolean mayApprove(StoredAlert stored, Authentication caller) {
        return stored.state() == AlertState.DRAFT
                && stored.approvedBy() == null
                && access.mayApprove(caller, stored.alert().wardCode())
                && !WardAccess.actor(caller).equals(stored.createdBy());
    }
}
