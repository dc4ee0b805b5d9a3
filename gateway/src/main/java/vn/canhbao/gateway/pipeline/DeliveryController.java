package vn.canhbao.gateway.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.gateway.alerts.AlertAccess;
import vn.canhbao.gateway.alerts.AlertRepository;
import vn.canhbao.gateway.alerts.StoredAlert;

/**
 * An alert's delivery, where its dispatch rows are: {@code GET /api/v1/alerts/{id}/progress} and
 * {@code POST /api/v1/alerts/{id}/redrive}.
 */
@RestController
@RequestMapping("/api/v1/alerts")
class DeliveryController {

    private final AlertAccess alertAccess;
    private final AlertRepository alerts;
    private final AlertProgress progress;
    private final Redrive redrive;

    DeliveryController(AlertAccess alertAccess, AlertRepository alerts, AlertProgress progress, Redrive redrive) {
        this.alertAccess = alertAccess;
        this.alerts = alerts;
        this.progress = progress;
        this.redrive = redrive;
    }

    /**
     * Delivery progress: {@code dispatches} planned, {@code handedOver} to a provider, {@code failed} for good,
     * {@code pending} and {@code cancelled}, in total and per channel, the neighbourhood groups reached, and the
     * ward's cells the cell broadcast went out on.
     */
    @GetMapping("/{id}/progress")
    Map<String, Object> progress(@PathVariable UUID id, Authentication caller) {
        StoredAlert stored = alertAccess.view(id, caller);
        ProgressReport report = progress.of(stored);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("alertId", id);
        answer.put("state", report.state());
        answer.put("dispatches", report.total().dispatches());
        answer.put("handedOver", report.total().handedOver());
        answer.put("failed", report.total().failed());
        answer.put("pending", report.total().pending());
        answer.put("cancelled", report.total().cancelled());
        Map<String, Progress> channels = new LinkedHashMap<>();
        report.byChannel().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> channels.put(e.getKey().name(), e.getValue()));
        answer.put("byChannel", channels);
        answer.put("groupsReached", report.groupsReached());
        answer.put("groups", report.groups());
        answer.put("cells", Map.of("ward", report.wardCells(), "broadcast", report.cellsBroadcast()));
        return answer;
    }

    /**
     * Sends again the dispatches of this alert on {@code channel} that failed for good (optionally only those that
     * failed for {@code reason}, e.g. {@code AUTH_ERROR}), once what failed them is fixed.
     */
    @PostMapping("/{id}/redrive")
    Map<String, Object> redrive(
            @PathVariable UUID id, @RequestParam Channel channel, @RequestParam(required = false) String reason) {
        StoredAlert stored = alerts.require(id);
        int count = redrive.redrive(stored.alert().id(), channel, reason);
        return Map.of("alertId", id, "channel", channel.name(), "redriven", count);
    }
}
