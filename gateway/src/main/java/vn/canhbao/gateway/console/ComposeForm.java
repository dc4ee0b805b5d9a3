package vn.canhbao.gateway.console;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import vn.canhbao.gateway.alerts.NewAlert;

/**
 * What the compose page posts.
 *
 * @param hoursInForce how long the warning stays in force from now; 24 when empty
 */
record ComposeForm(
        String ward,
        String hazard,
        Integer riskLevel,
        String headline,
        String instruction,
        String description,
        Integer hoursInForce,
        List<UUID> groups) {

    ComposeForm {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    NewAlert toNewAlert(boolean exercise) {
        OffsetDateTime expires = hoursInForce == null
                ? null
                : OffsetDateTime.now(ZoneOffset.ofHours(7)).plusHours(Math.clamp(hoursInForce, 1, 240));
        return new NewAlert(
                ward == null ? List.of() : List.of(ward.strip()),
                hazard,
                riskLevel,
                headline,
                instruction,
                description,
                exercise ? "EXERCISE" : "ACTUAL",
                expires,
                groups);
    }
}
