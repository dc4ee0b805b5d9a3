package vn.canhbao.gateway.registry;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.canhbao.gateway.security.AuditLog;
import vn.canhbao.gateway.security.WardAccess;

/**
 * The ward's registry by CSV: {@code POST /api/v1/wards/{ward}/groups/import} (a {@code name} column) and
 * {@code POST /api/v1/wards/{ward}/residents/import} (see {@link ResidentImport}), each with {@code dryRun=true} to
 * see every bad row before anything is stored. For the ward's officers.
 */
@RestController
@RequestMapping("/api/v1/wards/{ward}")
class RegistryController {

    private final ResidentImport residents;
    private final JdbcTemplate jdbc;
    private final WardAccess access;
    private final AuditLog audit;

    RegistryController(ResidentImport residents, JdbcTemplate jdbc, WardAccess access, AuditLog audit) {
        this.residents = residents;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    @PostMapping(
            path = "/residents/import",
            consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    ImportReport importResidents(
            @PathVariable String ward,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestBody String csv,
            Authentication caller,
            HttpServletRequest http) {
        access.requireOfficer(caller, ward);
        ImportReport report = residents.run(ward, csv, dryRun);
        if (!dryRun) {
            audit.record(
                    WardAccess.actor(caller),
                    "registry.import",
                    "residents",
                    ward,
                    report.inserted() + " inserted, " + report.updated() + " updated, "
                            + report.errors().size() + " bad rows",
                    http.getRemoteAddr());
        }
        return report;
    }

    @PostMapping(
            path = "/groups/import",
            consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    ImportReport importGroups(
            @PathVariable String ward,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestBody String csv,
            Authentication caller,
            HttpServletRequest http) {
        access.requireOfficer(caller, ward);
        List<CsvRows.Row> rows = CsvRows.parse(csv);
        List<ImportReport.RowError> errors = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Integer nameColumn = rows.isEmpty() ? null : rows.getFirst().cells().indexOf("name");
        if (nameColumn == null || nameColumn < 0) {
            errors.add(new ImportReport.RowError(1, "the header must have a name column"));
            return new ImportReport(dryRun, Math.max(0, rows.size() - 1), 0, 0, 0, errors);
        }
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            String name = nameColumn < row.cells().size() ? row.cells().get(nameColumn) : "";
            if (name.isEmpty()) {
                errors.add(new ImportReport.RowError(row.line(), "the name is empty"));
            } else if (names.stream().anyMatch(n -> n.equalsIgnoreCase(name))) {
                errors.add(new ImportReport.RowError(row.line(), "duplicate: group '" + name + "' is listed already"));
            } else {
                names.add(name);
            }
        }
        int inserted = 0;
        if (!dryRun) {
            for (String name : names) {
                inserted += jdbc.update(
                        "insert into neighbourhood_group (id, ward_code, name) values (?, ?, ?) on conflict do nothing",
                        UUID.randomUUID(),
                        ward,
                        name);
            }
            audit.record(
                    WardAccess.actor(caller),
                    "registry.import",
                    "groups",
                    ward,
                    inserted + " groups added",
                    http.getRemoteAddr());
        }
        return new ImportReport(dryRun, rows.size() - 1, names.size(), inserted, names.size() - inserted, errors);
    }
}
