package vn.canhbao.gateway.security;

import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/audit}: the audit log for administrators, as JSON or, with {@code format=csv}, as CSV. */
@RestController
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/audit")
    ResponseEntity<?> entries(
            @RequestParam(required = false) Instant since,
            @RequestParam(defaultValue = "1000") int limit,
            @RequestParam(defaultValue = "json") String format) {
        List<AuditLog.Entry> entries = audit.recent(since, limit);
        if (!"csv".equalsIgnoreCase(format)) {
            return ResponseEntity.ok(entries);
        }
        StringBuilder csv = new StringBuilder("id,at,actor,action,subject,ward,detail,remote_addr\n");
        for (AuditLog.Entry e : entries) {
            csv.append(e.id())
                    .append(',')
                    .append(e.at())
                    .append(',')
                    .append(cell(e.actor()))
                    .append(',')
                    .append(cell(e.action()))
                    .append(',')
                    .append(cell(e.subject()))
                    .append(',')
                    .append(cell(e.wardCode()))
                    .append(',')
                    .append(cell(e.detail()))
                    .append(',')
                    .append(cell(e.remoteAddr()))
                    .append('\n');
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"canhbao-audit.csv\"")
                .body(csv.toString());
    }

    /** A CSV cell, quoted; a leading =, +, - or @ is defused so a spreadsheet does not run it as a formula. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
