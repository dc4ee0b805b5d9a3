package vn.canhbao.gateway.registry;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.canhbao.gateway.security.AuditLog;
import vn.canhbao.gateway.security.WardAccess;

/**
 * A ward's mobile network cells (#18): {@code GET /api/v1/wards/{ward}/cells}, and
 * {@code POST /api/v1/wards/{ward}/cells/import[?dryRun=true]} by CSV ({@link WardCells}). An import with a bad row
 * answers 400 with every bad row and stores nothing.
 */
@RestController
@RequestMapping("/api/v1/wards/{ward}/cells")
class CellController {

    private final WardCells cells;
    private final WardAccess access;
    private final AuditLog audit;

    CellController(WardCells cells, WardAccess access, AuditLog audit) {
        this.cells = cells;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping
    List<Cell> cells(@PathVariable String ward, Authentication caller) {
        access.requireView(caller, ward);
        return cells.ofWard(ward);
    }

    @PostMapping(
            path = "/import",
            consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<ImportReport> importCells(
            @PathVariable String ward,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestBody String csv,
            Authentication caller,
            HttpServletRequest http) {
        access.requireOfficer(caller, ward);
        ImportReport report = cells.run(ward, csv, dryRun);
        if (!report.errors().isEmpty()) {
            return ResponseEntity.badRequest().body(report);
        }
        if (!dryRun) {
            audit.record(
                    WardAccess.actor(caller),
                    "registry.import",
                    "cells",
                    ward,
                    report.inserted() + " cells added of " + report.valid(),
                    http.getRemoteAddr());
        }
        return ResponseEntity.ok(report);
    }
}
