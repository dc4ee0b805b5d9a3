package vn.canhbao.gateway.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.gateway.web.BadRequestException;

/**
 * Imports a ward's residents from CSV. Every bad row is reported by line and reason (bad phone, unknown group,
 * duplicate, unknown channel…) and the good rows are imported: inserted, or updated when the phone is registered
 * already, so importing the same file twice changes nothing the second time. A dry run reports without storing.
 *
 * <p>Columns (header names, any order): {@code name}, {@code phone} (required); {@code group} (a group of the ward),
 * {@code role} (RESIDENT or LEADER), {@code vulnerable} (yes/no), {@code vulnerable_note}, {@code zalo_user_id},
 * {@code push_token}, {@code language} (vi by default), {@code channels} (e.g. {@code ZALO;SMS}, in order of
 * preference; SMS by default).
 */
@Component
public class ResidentImport {

    private static final int BATCH = 1000;

    private record Resident(
            int line,
            UUID id,
            String name,
            String phone,
            UUID group,
            String role,
            boolean vulnerable,
            String note,
            String zaloUserId,
            String pushToken,
            String language,
            String channels) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    ResidentImport(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    public ImportReport run(String wardCode, String csv, boolean dryRun) {
        List<CsvRows.Row> rows = CsvRows.parse(csv);
        if (rows.isEmpty()) {
            throw new BadRequestException(List.of(new vn.canhbao.core.cap.CapProblem(
                    "line 1", "The file is empty; the first line names the columns, e.g. name,phone,group.")));
        }
        Map<String, Integer> columns = columns(rows.getFirst());
        Map<String, UUID> groups = groupsOf(wardCode);
        List<ImportReport.RowError> errors = new ArrayList<>();
        List<Resident> good = new ArrayList<>();
        Map<String, Integer> phonesSeen = new HashMap<>();
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            Read read = read(row, columns, groups, phonesSeen);
            if (read.reason() != null) {
                errors.add(new ImportReport.RowError(row.line(), read.reason()));
            } else {
                good.add(read.resident());
            }
        }
        Map<String, UUID> existing =
                existingByPhone(good.stream().map(Resident::phone).toList());
        List<Resident> inserts =
                good.stream().filter(r -> !existing.containsKey(r.phone())).toList();
        List<Resident> updates = good.stream()
                .filter(r -> existing.containsKey(r.phone()))
                .map(r -> withId(r, existing.get(r.phone())))
                .toList();
        if (!dryRun) {
            tx.executeWithoutResult(status -> {
                insert(wardCode, inserts);
                update(wardCode, updates);
            });
        }
        return new ImportReport(dryRun, rows.size() - 1, good.size(), inserts.size(), updates.size(), errors);
    }

    /** A row read: the resident, or why the row is bad. */
    private record Read(Resident resident, String reason) {}

    private Read read(
            CsvRows.Row row, Map<String, Integer> columns, Map<String, UUID> groups, Map<String, Integer> phonesSeen) {
        String name = cell(row, columns, "name");
        String rawPhone = cell(row, columns, "phone");
        if (name.isEmpty()) {
            return fail("the name is empty");
        }
        Optional<String> phone = PhoneNumbers.vietnamese(rawPhone);
        if (phone.isEmpty()) {
            return fail("'" + rawPhone + "' is not a Vietnamese mobile number (e.g. 0912 345 678 or +84912345678)");
        }
        Integer first = phonesSeen.putIfAbsent(phone.get(), row.line());
        if (first != null) {
            return fail("duplicate: phone " + phone.get() + " is on line " + first + " already");
        }
        String groupName = cell(row, columns, "group");
        UUID group = null;
        if (!groupName.isEmpty()) {
            group = groups.get(groupName.toLowerCase(Locale.ROOT));
            if (group == null) {
                phonesSeen.remove(phone.get());
                return fail("unknown group '" + groupName + "' in this ward; import the groups first");
            }
        }
        String role = cell(row, columns, "role").toUpperCase(Locale.ROOT);
        if (role.isEmpty()) {
            role = "RESIDENT";
        } else if (!role.equals("RESIDENT") && !role.equals("LEADER")) {
            phonesSeen.remove(phone.get());
            return fail("role must be RESIDENT or LEADER, not '" + role + "'");
        }
        String channels =
                cell(row, columns, "channels").toUpperCase(Locale.ROOT).replace(" ", "");
        if (channels.isEmpty()) {
            channels = "SMS";
        }
        for (String c : channels.split("[;|]")) {
            if (Arrays.stream(Channel.values()).noneMatch(ch -> ch.name().equals(c) && !ch.reachesAnArea())) {
                phonesSeen.remove(phone.get());
                return fail("unknown channel '" + c + "'; use SMS, ZALO or PUSH separated by ;");
            }
        }
        String vulnerable = cell(row, columns, "vulnerable").toLowerCase(Locale.ROOT);
        String language = cell(row, columns, "language");
        return new Read(
                new Resident(
                        row.line(),
                        UUID.randomUUID(),
                        name,
                        phone.get(),
                        group,
                        role,
                        Arrays.asList("yes", "y", "x", "1", "true", "có", "co").contains(vulnerable),
                        blankToNull(cell(row, columns, "vulnerable_note")),
                        blankToNull(cell(row, columns, "zalo_user_id")),
                        blankToNull(cell(row, columns, "push_token")),
                        language.isEmpty() ? "vi" : language,
                        channels.replace(';', ',').replace('|', ',')),
                null);
    }

    private static Read fail(String reason) {
        return new Read(null, reason);
    }

    private static Map<String, Integer> columns(CsvRows.Row header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            columns.put(header.cells().get(i).toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = List.of("name", "phone").stream()
                .filter(c -> !columns.containsKey(c))
                .toList();
        if (!missing.isEmpty()) {
            throw new BadRequestException(List.of(new vn.canhbao.core.cap.CapProblem(
                    "line 1", "The header lacks the column(s) " + String.join(", ", missing) + ".")));
        }
        return columns;
    }

    private static String cell(CsvRows.Row row, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i == null || i >= row.cells().size() ? "" : row.cells().get(i);
    }

    private Map<String, UUID> groupsOf(String wardCode) {
        Map<String, UUID> groups = new HashMap<>();
        jdbc.query(
                "select id, name from neighbourhood_group where ward_code = ?",
                rs -> {
                    groups.put(rs.getString(2).toLowerCase(Locale.ROOT), rs.getObject(1, UUID.class));
                },
                wardCode);
        return groups;
    }

    private Map<String, UUID> existingByPhone(List<String> phones) {
        Map<String, UUID> found = new HashMap<>();
        for (int from = 0; from < phones.size(); from += BATCH) {
            List<String> chunk = phones.subList(from, Math.min(phones.size(), from + BATCH));
            String marks = String.join(",", chunk.stream().map(p -> "?").toList());
            jdbc.query(
                    "select phone, id from recipient where phone in (" + marks + ")",
                    rs -> {
                        found.put(rs.getString(1), rs.getObject(2, UUID.class));
                    },
                    chunk.toArray());
        }
        return found;
    }

    private void insert(String wardCode, List<Resident> residents) {
        jdbc.batchUpdate(
                "insert into recipient (id, ward_code, group_id, name, phone, role, vulnerable, vulnerable_note,"
                        + " zalo_user_id, push_token, language, channels) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                residents,
                BATCH,
                (ps, r) -> {
                    ps.setObject(1, r.id());
                    ps.setString(2, wardCode);
                    ps.setObject(3, r.group());
                    ps.setString(4, r.name());
                    ps.setString(5, r.phone());
                    ps.setString(6, r.role());
                    ps.setBoolean(7, r.vulnerable());
                    ps.setString(8, r.note());
                    ps.setString(9, r.zaloUserId());
                    ps.setString(10, r.pushToken());
                    ps.setString(11, r.language());
                    ps.setString(12, r.channels());
                });
    }

    private void update(String wardCode, List<Resident> residents) {
        jdbc.batchUpdate(
                "update recipient set ward_code = ?, group_id = ?, name = ?, role = ?, vulnerable = ?,"
                        + " vulnerable_note = ?, zalo_user_id = coalesce(?, zalo_user_id),"
                        + " push_token = coalesce(?, push_token), language = ?, channels = ? where id = ?",
                residents,
                BATCH,
                (ps, r) -> {
                    ps.setString(1, wardCode);
                    ps.setObject(2, r.group());
                    ps.setString(3, r.name());
                    ps.setString(4, r.role());
                    ps.setBoolean(5, r.vulnerable());
                    ps.setString(6, r.note());
                    ps.setString(7, r.zaloUserId());
                    ps.setString(8, r.pushToken());
                    ps.setString(9, r.language());
                    ps.setString(10, r.channels());
                    ps.setObject(11, r.id());
                });
    }

    private static Resident withId(Resident r, UUID id) {
        return new Resident(
                r.line(),
                id,
                r.name(),
                r.phone(),
                r.group(),
                r.role(),
                r.vulnerable(),
                r.note(),
                r.zaloUserId(),
                r.pushToken(),
                r.language(),
                r.channels());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
