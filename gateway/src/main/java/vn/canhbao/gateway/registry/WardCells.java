package vn.canhbao.gateway.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A ward's cells, and their import from CSV, as the carriers hand them over: columns {@code mcc}, {@code mnc}, {@code lac} (or
 * {@code tac}) and {@code cell_id} (or {@code ci}), any order. Every bad row is named by line and reason, and a file
 * with any bad row stores nothing: a cell list half imported would broadcast to half a ward without saying so. A cell
 * already listed is kept (the import adds; it never removes).
 */
@Component
public class WardCells {

    private final JdbcTemplate jdbc;

    WardCells(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds cells to a ward (local mode's synthetic cells, an import's good rows); one already listed is kept.
     *
     * @return how many were not listed before
     */
    public int add(String ward, List<Cell> added) {
        int inserted = 0;
        for (Cell c : added) {
            if (problem(c.mcc(), c.mnc(), Integer.toString(c.lac()), Long.toString(c.cellId())) != null) {
                throw new IllegalArgumentException("not a cell: " + c);
            }
            inserted += jdbc.update(
                    "insert into ward_cell (ward_code, mcc, mnc, lac, cell_id) values (?, ?, ?, ?, ?)"
                            + " on conflict do nothing",
                    ward,
                    c.mcc(),
                    c.mnc(),
                    c.lac(),
                    c.cellId());
        }
        return inserted;
    }

    /** The ward's cells, by carrier, area and id. */
    public List<Cell> ofWard(String ward) {
        return jdbc.query(
                "select mcc, mnc, lac, cell_id from ward_cell where ward_code = ? order by mnc, lac, cell_id",
                (rs, i) -> new Cell(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4)),
                ward);
    }

    /** How many cells the ward has: for counts and checks that need no list. */
    public int count(String ward) {
        Integer n = jdbc.queryForObject("select count(*) from ward_cell where ward_code = ?", Integer.class, ward);
        return n == null ? 0 : n;
    }

    @Transactional
    ImportReport run(String ward, String csv, boolean dryRun) {
        List<CsvRows.Row> rows = CsvRows.parse(csv);
        if (rows.isEmpty()) {
            return new ImportReport(
                    dryRun,
                    0,
                    0,
                    0,
                    0,
                    List.of(new ImportReport.RowError(
                            1, "The file is empty; the first line names the columns: mcc,mnc,lac,cell_id.")));
        }
        Map<String, Integer> columns = columns(rows.getFirst());
        List<String> missing = new ArrayList<>();
        for (String[] names : List.of(
                new String[] {"mcc"}, new String[] {"mnc"}, new String[] {"lac", "tac"}, new String[] {"cell_id", "ci"
                })) {
            if (column(columns, names) == null) {
                missing.add(names[0]);
            }
        }
        List<CsvRows.Row> data = rows.subList(1, rows.size());
        if (!missing.isEmpty()) {
            return new ImportReport(
                    dryRun,
                    data.size(),
                    0,
                    0,
                    0,
                    List.of(new ImportReport.RowError(
                            1, "The header lacks the column(s) " + String.join(", ", missing) + ".")));
        }
        List<ImportReport.RowError> errors = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        Set<Cell> seen = new HashSet<>();
        for (CsvRows.Row row : data) {
            if (row.cells().stream().allMatch(String::isBlank)) {
                continue;
            }
            String mcc = cell(row, column(columns, "mcc"));
            String mnc = cell(row, column(columns, "mnc"));
            String lac = cell(row, column(columns, "lac", "tac"));
            String id = cell(row, column(columns, "cell_id", "ci"));
            String problem = problem(mcc, mnc, lac, id);
            if (problem != null) {
                errors.add(new ImportReport.RowError(row.line(), problem));
                continue;
            }
            Cell c = new Cell(mcc, mnc, Integer.parseInt(lac), Long.parseLong(id));
            if (!seen.add(c)) {
                errors.add(new ImportReport.RowError(row.line(), "duplicate: this cell is listed already"));
                continue;
            }
            cells.add(c);
        }
        int inserted = !dryRun && errors.isEmpty() ? add(ward, cells) : 0;
        return new ImportReport(dryRun, data.size(), cells.size(), inserted, 0, errors);
    }

    /** What is wrong with a row, in words an officer can act on, or null. */
    static String problem(String mcc, String mnc, String lac, String cellId) {
        if (!Cell.VIET_NAM.equals(mcc)) {
            return "mcc must be 452 (Viet Nam), was '" + mcc + "'";
        }
        if (!mnc.matches("\\d{2,3}")) {
            return "mnc must be the carrier's 2 or 3 digits (04 for Viettel), was '" + mnc + "'";
        }
        if (!lac.matches("\\d{1,5}") || Integer.parseInt(lac) < 1 || Integer.parseInt(lac) > 65533) {
            return "lac must be a number from 1 to 65533, was '" + lac + "'";
        }
        if (!cellId.matches("\\d{1,9}") || Long.parseLong(cellId) > Cell.MAX_CELL_ID) {
            return "cell_id must be a number from 0 to " + Cell.MAX_CELL_ID + ", was '" + cellId + "'";
        }
        return null;
    }

    private static Map<String, Integer> columns(CsvRows.Row header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            columns.put(header.cells().get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        return columns;
    }

    private static Integer column(Map<String, Integer> columns, String... names) {
        for (String name : names) {
            if (columns.containsKey(name)) {
                return columns.get(name);
            }
        }
        return null;
    }

    private static String cell(CsvRows.Row row, int column) {
        return column < row.cells().size() ? row.cells().get(column).strip() : "";
    }
}
