package vn.canhbao.gateway.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.canhbao.core.cap.CapProblem;
import vn.canhbao.gateway.alerts.AlertAccess;
import vn.canhbao.gateway.alerts.AlertRepository;
import vn.canhbao.gateway.alerts.StoredAlert;
import vn.canhbao.gateway.security.WardAccess;
import vn.canhbao.gateway.web.BadRequestException;

/**
 * The reports: one alert's ({@code GET /api/v1/alerts/{id}/report}, {@code ?format=csv}) and a ward's over a period
 * ({@code GET /api/v1/wards/{ward}/report?from=2026-11-01&to=2026-12-01}, {@code &format=csv}).
 */
@RestController
class ReportController {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final AlertAccess alertAccess;
    private final AlertRepository alerts;
    private final AlertReports alertReports;
    private final WardReports wardReports;
    private final WardAccess access;

    ReportController(
            AlertAccess alertAccess,
            AlertRepository alerts,
            AlertReports alertReports,
            WardReports wardReports,
            WardAccess access) {
        this.alertAccess = alertAccess;
        this.alerts = alerts;
        this.alertReports = alertReports;
        this.wardReports = wardReports;
        this.access = access;
    }

    @GetMapping("/api/v1/alerts/{id}/report")
    ResponseEntity<?> alert(
            @PathVariable UUID id, @RequestParam(required = false) String format, Authentication caller) {
        StoredAlert stored = alertAccess.view(id, caller);
        AlertReport report = alertReports.of(stored);
        if ("csv".equals(format)) {
            return ResponseEntity.ok()
                    .contentType(CSV)
                    .header("Content-Disposition", "attachment; filename=\"canhbao-report-" + id + ".csv\"")
                    .body(ReportCsv.of(report));
        }
        return ResponseEntity.ok(report);
    }

    @GetMapping("/api/v1/wards/{ward}/report")
    ResponseEntity<?> ward(
            @PathVariable String ward,
            @RequestParam String from,
            @RequestParam String to,
            @RequestParam(required = false) String format,
            Authentication caller) {
        access.requireView(caller, ward);
        WardReport report = wardReports.of(ward, day("from", from), day("to", to));
        if ("csv".equals(format)) {
            return ResponseEntity.ok()
                    .contentType(CSV)
                    .header(
                            "Content-Disposition",
                            "attachment; filename=\"canhbao-" + ward + "-" + from + "-" + to + ".csv\"")
                    .body(ReportCsv.of(report));
        }
        return ResponseEntity.ok(report);
    }

    private static LocalDate day(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(
                    List.of(new CapProblem(name, "Give a day as YYYY-MM-DD, e.g. 2026-11-01; got " + value + ".")));
        }
    }
}
