package vn.canhbao.gateway.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.alert.MessageType;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.gateway.alerts.AlertAccess;
import vn.canhbao.gateway.alerts.AlertPreviews;
import vn.canhbao.gateway.alerts.AlertRepository;
import vn.canhbao.gateway.alerts.AlertService;
import vn.canhbao.gateway.alerts.AlertState;
import vn.canhbao.gateway.alerts.CapDocuments;
import vn.canhbao.gateway.alerts.StoredAlert;
import vn.canhbao.gateway.escalation.GroupWatchRepository;
import vn.canhbao.gateway.pipeline.AlertProgress;
import vn.canhbao.gateway.pipeline.Progress;
import vn.canhbao.gateway.pipeline.ProgressReport;
import vn.canhbao.gateway.report.AlertReports;
import vn.canhbao.gateway.security.WardAccess;

/**
 * One alert: what it says on each channel and whom it reaches, who wrote, approved and issued it; the confirmation
 * before issuing; approve, issue, update, cancel and the false-alarm correction; live progress; its CAP XML.
 */
@Controller
@RequestMapping("/console/alerts/{id}")
class AlertPageController {

    private final AlertAccess alertAccess;
    private final AlertRepository alerts;
    private final AlertService service;
    private final AlertPreviews previews;
    private final AlertProgress progress;
    private final CapDocuments cap;
    private final WardAccess access;
    private final GroupWatchRepository watches;
    private final AlertReports reports;
    private final MessageSource messages;
    private final ConsoleFormat format;
    private final AlertStandings standings;

    AlertPageController(
            AlertAccess alertAccess,
            AlertRepository alerts,
            AlertService service,
            AlertPreviews previews,
            AlertProgress progress,
            CapDocuments cap,
            WardAccess access,
            GroupWatchRepository watches,
            AlertReports reports,
            MessageSource messages,
            ConsoleFormat format,
            AlertStandings standings) {
        this.alertAccess = alertAccess;
        this.standings = standings;
        this.messages = messages;
        this.format = format;
        this.reports = reports;
        this.watches = watches;
        this.alerts = alerts;
        this.service = service;
        this.previews = previews;
        this.progress = progress;
        this.cap = cap;
        this.access = access;
    }

    @GetMapping
    String show(@PathVariable UUID id, Authentication caller, Model model) {
        StoredAlert stored = alertAccess.view(id, caller);
        fill(stored, caller, model);
        return "console/alert";
    }

    /** The confirmation: the ward, how many people, on which channels; the officer issues from here. */
    @GetMapping("/confirm")
    String confirm(@PathVariable UUID id, Authentication caller, Model model) {
        StoredAlert stored = alertAccess.write(id, caller);
        fill(stored, caller, model);
        return "console/confirm";
    }

    @PostMapping("/issue")
    String issue(@PathVariable UUID id, Authentication caller, HttpServletRequest http) {
        StoredAlert stored = alertAccess.write(id, caller);
        service.issue(stored, WardAccess.actor(caller), http.getRemoteAddr());
        return "redirect:/console/alerts/" + id;
    }

    @PostMapping("/approve")
    String approve(@PathVariable UUID id, Authentication caller, HttpServletRequest http) {
        StoredAlert stored = alertAccess.approve(id, caller);
        service.approve(stored, WardAccess.actor(caller), http.getRemoteAddr());
        return "redirect:/console/alerts/" + id;
    }

    /**
     * The confirmation of a cancel: which alert, the ward, how many people on which channels, and what they will read.
     * A cancel reaches thousands of people as surely as the warning did, so it is never one click (#14).
     */
    @GetMapping("/cancel")
    String confirmCancel(@PathVariable UUID id, Authentication caller, Model model) {
        StoredAlert stored = alertAccess.write(id, caller);
        service.requireLive(stored, "cancelled");
        fill(stored, caller, model);
        model.addAttribute("correction", null);
        model.addAttribute("cancelPreview", previews.ofCancel(service.cancellationOf(stored), stored));
        return "console/cancel";
    }

    @PostMapping("/cancel")
    String cancel(@PathVariable UUID id, Authentication caller, HttpServletRequest http) {
        StoredAlert stored = alertAccess.write(id, caller);
        AlertId cancel = service.cancel(stored, WardAccess.actor(caller), http.getRemoteAddr());
        return "redirect:/console/alerts/" + cancel.value();
    }

    /** The confirmation of a correction: what the same people will read, before it goes (#14). */
    @PostMapping("/correction/confirm")
    String confirmCorrection(
            @PathVariable UUID id,
            @RequestParam(required = false) String correction,
            Authentication caller,
            Model model) {
        StoredAlert stored = alertAccess.write(id, caller);
        service.requireLive(stored, "cancelled");
        Alert corrected = service.correctionOf(stored, correction);
        fill(stored, caller, model);
        model.addAttribute("correction", correction.strip());
        model.addAttribute("cancelPreview", previews.ofCancel(corrected, stored));
        return "console/cancel";
    }

    /** False alarm: cancel and correct, to the same people, in one step, once confirmed. */
    @PostMapping("/correction")
    String correct(
            @PathVariable UUID id,
            @RequestParam(required = false) String correction,
            Authentication caller,
            HttpServletRequest http) {
        StoredAlert stored = alertAccess.write(id, caller);
        AlertId cancel = service.correct(stored, correction, WardAccess.actor(caller), http.getRemoteAddr());
        return "redirect:/console/alerts/" + cancel.value();
    }

    /** The alert's report, to print for the ward's records. */
    @GetMapping("/report")
    String report(@PathVariable UUID id, Authentication caller, Model model) {
        StoredAlert stored = alertAccess.view(id, caller);
        model.addAttribute("report", reports.of(stored));
        model.addAttribute("alert", stored.alert());
        model.addAttribute("channels", Channel.values());
        return "console/report";
    }

    /**
     * The live view's data, polled by the page every few seconds: the raw counts, the texts of the elements the page's
     * script owns (by element id, formatted here as the page formats them), and every group's row in the page's order,
     * so that rows the page has not seen yet are added (#14).
     */
    @GetMapping(path = "/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> progress(@PathVariable UUID id, Authentication caller) {
        StoredAlert stored = alertAccess.view(id, caller);
        ProgressReport report = progress.of(stored);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("state", report.state());
        answer.put("total", counts(report.total()));
        Map<String, Object> channels = new LinkedHashMap<>();
        Map<String, String> text = new LinkedHashMap<>();
        AlertStanding standing =
                standings.of(stored, alerts.supersedersOf(stored.alert().id()), caller);
        text.put("state", messages.getMessage(standing.label(), null, LocaleContextHolder.getLocale()));
        text.put("total-handed", format.count(report.total().handedOver()));
        text.put("total-dispatches", format.count(report.total().dispatches()));
        text.put("groups-reached", format.count(report.groupsReached()));
        text.put("groups-total", format.count(report.groups()));
        for (Channel c : Channel.values()) {
            Progress p = report.byChannel().get(c);
            channels.put(c.name(), counts(p));
            text.put("counts-" + c.name(), format.counts(p));
            text.put(
                    "waiting-" + c.name(),
                    format.waiting(report.waiting().get(c), stored.alert().expires()));
        }
        answer.put("channels", channels);
        answer.put("text", text);
        answer.put("groupsReached", report.groupsReached());
        answer.put("groups", report.groups());
        List<Map<String, String>> rows = new ArrayList<>();
        for (var w : watches.ofAlert(id)) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("id", w.groupId().toString());
            row.put("name", w.groupName());
            row.put("stage", w.stage().name());
            row.put("label", messages.getMessage("stage." + w.stage().name(), null, LocaleContextHolder.getLocale()));
            row.put(
                    "confirmedBy",
                    w.confirmedBy() == null ? "" : w.confirmedBy() + " · " + format.time(w.confirmedAt()));
            row.put("next", w.nextAt() == null ? "" : format.time(w.nextAt()));
            rows.add(row);
        }
        answer.put("groupRows", rows);
        return answer;
    }

    @GetMapping(path = "/cap.xml")
    ResponseEntity<String> capXml(@PathVariable UUID id, Authentication caller) {
        StoredAlert stored = alertAccess.view(id, caller);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_XML)
                .header("Content-Disposition", "inline; filename=\"canhbao-" + id + ".xml\"")
                .body(cap.xml(stored));
    }

    private void fill(StoredAlert stored, Authentication caller, Model model) {
        String ward = stored.alert().wardCode();
        boolean isCancel = stored.alert().messageType() == MessageType.CANCEL;
        List<StoredAlert> superseders = alerts.supersedersOf(stored.alert().id());
        boolean cancelled = AlertRepository.cancelledAmong(stored.alert().id(), superseders);
        boolean isDraft = stored.state() == AlertState.DRAFT;
        model.addAttribute("stored", stored);
        model.addAttribute("alert", stored.alert());
        model.addAttribute("standing", standings.of(stored, superseders, caller));
        model.addAttribute("preview", previews.of(stored));
        model.addAttribute("report", progress.of(stored));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("canWrite", access.mayWrite(caller, ward));
        model.addAttribute("canApprove", standings.mayApprove(stored, caller));
        model.addAttribute("awaitsApproval", service.awaitsApproval(stored));
        model.addAttribute("isDraft", isDraft);
        model.addAttribute("live", !isDraft && !isCancel && !cancelled);
        model.addAttribute("cancelled", cancelled);
        model.addAttribute("superseders", superseders);
        model.addAttribute("groups", watches.ofAlert(stored.alert().id().value()));
    }

    private static Map<String, Object> counts(Progress p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dispatches", p.dispatches());
        m.put("handedOver", p.handedOver());
        m.put("failed", p.failed());
        m.put("pending", p.pending());
        m.put("cancelled", p.cancelled());
        m.put("retrying", p.retrying());
        m.put("percent", p.percent());
        return m;
    }
}
