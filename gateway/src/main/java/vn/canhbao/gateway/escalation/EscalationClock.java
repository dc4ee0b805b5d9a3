package vn.canhbao.gateway.escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.gateway.alerts.AlertRepository;
import vn.canhbao.gateway.alerts.StoredAlert;

/**
 * Chases the groups whose leaders have not confirmed: at T1 sends the warning again by SMS, at T2 calls them and
 * alerts the duty officer, at T3 marks the group unreached. The timers are rows ({@code group_watch.next_at}), read on
 * every tick, so a restart loses none; a confirmation, a cancel or the alert's expiry ends the chase.
 */
@Component
public class EscalationClock {

    private static final Logger log = LoggerFactory.getLogger(EscalationClock.class);

    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final GroupWatchRepository watches;
    private final EscalationPolicies policies;
    private final AlertRepository alerts;
    private final LeaderReminders reminders;
    private final LeaderCalls calls;

    EscalationClock(
            JdbcTemplate jdbc,
            GroupWatchRepository watches,
            EscalationPolicies policies,
            AlertRepository alerts,
            LeaderReminders reminders,
            LeaderCalls calls,
            Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.watches = watches;
        this.policies = policies;
        this.alerts = alerts;
        this.reminders = reminders;
        this.calls = calls;
    }

    /** Off while an operator holds escalation (or in a test of what a restart loses: nothing). */
    private final java.util.concurrent.atomic.AtomicBoolean running =
            new java.util.concurrent.atomic.AtomicBoolean(true);

    /** Holds escalation: nothing is sent until {@link #start()}; what fell due meanwhile is done then, in order. */
    public void stop() {
        running.set(false);
    }

    public void start() {
        running.set(true);
    }

    @Scheduled(fixedDelayString = "${canhbao.escalation.tick:5s}", initialDelayString = "${canhbao.escalation.tick:5s}")
    void tick() {
        if (!running.get()) {
            return;
        }
        try {
            watchNewlyPlanned();
            for (GroupWatch due : watches.due(clock.instant(), 200)) {
                act(due);
            }
        } catch (RuntimeException e) {
            // The next tick tries again: the state is in the database, not in this call.
            log.error("Escalation tick failed", e);
        }
    }

    private void watchNewlyPlanned() {
        List<UUID> planned = jdbc.queryForList(
                "select id from alert where state = 'PLANNED' and watched = false and msg_type <> 'CANCEL'",
                UUID.class);
        for (UUID id : planned) {
            alerts.find(new AlertId(id)).ifPresent(stored -> {
                Instant issued = stored.issuedAt() != null ? stored.issuedAt() : clock.instant();
                EscalationPolicy policy = policies.of(stored.alert().wardCode());
                int groups = watches.start(id, stored.alert().wardCode(), issued.plus(policy.resendAfter()));
                log.info("Watching {} groups of alert {} for their leaders' confirmation", groups, id);
            });
        }
    }

    private void act(GroupWatch watch) {
        StoredAlert stored = alerts.find(new AlertId(watch.alertId())).orElse(null);
        if (stored == null) {
            return;
        }
        if (ended(stored)) {
            if (watches.advance(watch, Stage.STOPPED, null)) {
                watches.step(
                        watch.alertId(), watch.groupId(), null, Stage.STOPPED, "Cảnh báo đã hủy hoặc hết hiệu lực");
            }
            return;
        }
        if (watches.ruleMet(watch.alertId(), watch.groupId())) {
            watches.confirmed(watch.alertId(), watch.groupId(), null, clock.instant());
            return;
        }
        EscalationPolicy policy = policies.of(watch.wardCode());
        Instant issued = stored.issuedAt() != null ? stored.issuedAt() : clock.instant();
        switch (watch.stage()) {
            case WAITING -> {
                if (watches.advance(watch, Stage.RESENT, issued.plus(policy.callAfter()))) {
                    silentLeaders(watch)
                            .forEach(leader -> watches.step(
                                    watch.alertId(),
                                    watch.groupId(),
                                    leader.recipientId(),
                                    Stage.RESENT,
                                    reminders.send(stored, leader)));
                }
            }
            case RESENT -> {
                if (watches.advance(watch, Stage.CALLED, issued.plus(policy.unreachedAfter()))) {
                    silentLeaders(watch)
                            .forEach(leader -> watches.step(
                                    watch.alertId(),
                                    watch.groupId(),
                                    leader.recipientId(),
                                    Stage.CALLED,
                                    calls.call(stored, leader)));
                }
            }
            case CALLED -> {
                if (watches.advance(watch, Stage.UNREACHED, null)) {
                    watches.step(watch.alertId(), watch.groupId(), null, Stage.UNREACHED, null);
                    log.warn(
                            "Group {} of alert {} is unreached: no leader confirmed",
                            watch.groupName(),
                            watch.alertId());
                }
            }
            default -> {}
        }
    }

    private boolean ended(StoredAlert stored) {
        boolean expired = stored.alert()
                .expiry()
                .map(e -> e.toInstant().isBefore(clock.instant()))
                .orElse(false);
        return expired || alerts.isCancelled(stored.alert().id());
    }

    private List<LeaderToChase> silentLeaders(GroupWatch watch) {
        return jdbc.query(
                "select r.id, r.name, r.phone, (select s.id from dispatch s where s.alert_id = ? and s.recipient_id"
                        + " = r.id and s.channel = 'SMS') from recipient r where r.group_id = ? and exists (select 1"
                        + " from dispatch d where d.alert_id = ? and d.recipient_id = r.id and d.tier = 'LEADER')"
                        + " and not exists (select 1 from acknowledgement k where k.alert_id = ? and k.recipient_id"
                        + " = r.id) order by r.name",
                (rs, i) -> new LeaderToChase(
                        rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class)),
                watch.alertId(),
                watch.groupId(),
                watch.alertId(),
                watch.alertId());
    }
}
