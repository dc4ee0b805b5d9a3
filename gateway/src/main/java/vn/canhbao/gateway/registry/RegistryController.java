package vn.canhbao.gateway.registry;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.canhbao.gateway.security.AuditLog;
import vn.canhbao.gateway.security.WardAccess;

/**
 * The ward's registry by CSV: {@code POST /api/v1/wards/{ward}/groups/import} (a {@code name} column) and
 * {@code POST /api/v1/wards/{ward}/residents/import} (see {@link ResidentImport}), each with {@code dryRun=true} to
 * see every bad row before anything is stored; the ward's groups, and its loudspeaker clusters to list, add, change
 * and remove. For the ward's officers.
 */
@RestController
@RequestMapping("/api/v1/wards/{ward}")
class RegistryController {

    private final ResidentImport residents;
    private final JdbcTemplate jdbc;
    private final WardAccess access;
    private final AuditLog audit;
    private final GroupRepository groups;
    private final LoudspeakerClusterRepository clusters;
    private final ClusterEditor editor;

    RegistryController(
            ResidentImport residents,
            JdbcTemplate jdbc,
            WardAccess access,
            AuditLog audit,
            GroupRepository groups,
            LoudspeakerClusterRepository clusters,
            ClusterEditor editor) {
        this.residents = residents;
        this.groups = groups;
        this.clusters = clusters;
        this.editor = editor;
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

    /** The ward's neighbourhood groups with their ids, leaders and people: what an alert may be limited to. */
    @GetMapping("/groups")
    List<NeighbourhoodGroup> groups(@PathVariable String ward, Authentication caller) {
        access.requireView(caller, ward);
        return groups.ofWard(ward);
    }

    @GetMapping("/clusters")
    List<LoudspeakerCluster> clusters(@PathVariable String ward, Authentication caller) {
        access.requireView(caller, ward);
        return clusters.ofWard(ward);
    }

    @PostMapping("/clusters")
    ResponseEntity<LoudspeakerCluster> addCluster(
            @PathVariable String ward,
            @RequestBody ClusterChange change,
            Authentication caller,
            HttpServletRequest http) {
        access.requireOfficer(caller, ward);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(editor.add(ward, change, WardAccess.actor(caller), http.getRemoteAddr()));
    }

    @PutMapping("/clusters/{id}")
    LoudspeakerCluster changeCluster(
            @PathVariable String ward,
            @PathVariable UUID id,
            @RequestBody ClusterChange change,
            Authentication caller,
            HttpServletRequest http) {
        access.requireOfficer(caller, ward);
        return editor.change(ward, id, change, WardAccess.actor(caller), http.getRemoteAddr());
    }

    @DeleteMapping("/clusters/{id}")
    ResponseEntity<Void> removeCluster(
            @PathVariable String ward, @PathVariable UUID id, Authentication caller, HttpServletRequest http) {
        access.requireOfficer(caller, ward);
        editor.remove(ward, id, WardAccess.actor(caller), http.getRemoteAddr());
        return ResponseEntity.noContent().build();
    }
}
