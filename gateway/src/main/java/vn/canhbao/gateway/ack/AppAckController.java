package vn.canhbao.gateway.ack;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.canhbao.gateway.web.ApiProblems;

/**
 * {@code POST /api/v1/acks/app}: the app's confirm action. The leader's own push token is the credential: only the
 * app the warning was pushed to holds it.
 */
@RestController
class AppAckController {

    /** @param pushToken the app's FCM registration token, as canhbao has it for the leader */
    record AppAck(UUID alertId, String pushToken) {}

    private final JdbcTemplate jdbc;
    private final AckPublisher acks;

    AppAckController(JdbcTemplate jdbc, AckPublisher acks) {
        this.jdbc = jdbc;
        this.acks = acks;
    }

    @PostMapping("/api/v1/acks/app")
    ResponseEntity<?> confirm(@RequestBody AppAck ack) {
        if (ack == null
                || ack.alertId() == null
                || ack.pushToken() == null
                || ack.pushToken().isBlank()) {
            return ApiProblems.problem(
                    HttpStatus.BAD_REQUEST, "Bad request", "Send the alertId and the app's pushToken.", List.of());
        }
        List<UUID> leader = jdbc.queryForList(
                "select r.id from recipient r where r.push_token = ? and r.role = 'LEADER' and exists (select 1 from"
                        + " dispatch d where d.alert_id = ? and d.recipient_id = r.id and d.tier = 'LEADER')",
                UUID.class,
                ack.pushToken(),
                ack.alertId());
        if (leader.isEmpty()) {
            return ApiProblems.problem(
                    HttpStatus.NOT_FOUND,
                    "Not found",
                    "No leader with this app was sent alert " + ack.alertId() + ".",
                    List.of());
        }
        acks.receive(ack.alertId(), leader.getFirst(), Via.APP, "app");
        return ResponseEntity.accepted().body(Map.of("alertId", ack.alertId(), "confirmed", true));
    }
}
