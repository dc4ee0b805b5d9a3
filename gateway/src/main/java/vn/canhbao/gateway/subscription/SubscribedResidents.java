package vn.canhbao.gateway.subscription;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.text.NaturalOrder;

/**
 * The registry's residents as the subscription page changes them. Like the CSV import, a phone is one person:
 * subscribing inserts them, or updates the person already registered with that phone. Unlike the import, the page
 * leaves what only the ward knows as it is: a leader stays a leader, a vulnerable person keeps the flag and the note,
 * and a name the ward recorded is not blanked.
 */
@Repository
class SubscribedResidents {

    /** A neighbourhood group of a ward. */
    record Group(UUID id, String name) {}

    /** A person taken out of the registry. */
    record Removed(UUID id, String wardCode) {}

    private final JdbcTemplate jdbc;

    SubscribedResidents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The ward's groups, in the order a person reads them ("Tổ 2" before "Tổ 10"). */
    List<Group> groupsOf(String wardCode) {
        List<Group> groups = new ArrayList<>(jdbc.query(
                "select id, name from neighbourhood_group where ward_code = ?",
                (rs, i) -> new Group(rs.getObject(1, UUID.class), rs.getString(2)),
                wardCode));
        groups.sort(Comparator.comparing(Group::name, NaturalOrder.INSTANCE));
        return groups;
    }

    Optional<Group> group(UUID id, String wardCode) {
        return jdbc
                .query(
                        "select id, name from neighbourhood_group where id = ? and ward_code = ?",
                        (rs, i) -> new Group(rs.getObject(1, UUID.class), rs.getString(2)),
                        id,
                        wardCode)
                .stream()
                .findFirst();
    }

    /** Registers or updates the person with this phone; returns their id. Call inside a transaction. */
    UUID upsert(Subscription s) {
        String channels =
                String.join(",", s.channels().stream().map(Channel::name).toList());
        // Insert-or-nothing first: on PostgreSQL a failed insert would abort the transaction, so no catch-and-update.
        int inserted = jdbc.update(
                "insert into recipient (id, ward_code, group_id, name, phone, role, vulnerable, language, channels)"
                        + " values (?, ?, ?, ?, ?, 'RESIDENT', false, ?, ?) on conflict do nothing",
                UUID.randomUUID(),
                s.wardCode(),
                s.groupId(),
                s.name() == null ? "" : s.name(),
                s.phone(),
                s.language(),
                channels);
        if (inserted == 0) {
            jdbc.update(
                    "update recipient set ward_code = ?, group_id = ?, name = coalesce(?, name), language = ?,"
                            + " channels = ? where phone = ?",
                    s.wardCode(),
                    s.groupId(),
                    s.name(),
                    s.language(),
                    channels,
                    s.phone());
        }
        return jdbc.queryForObject("select id from recipient where phone = ?", UUID.class, s.phone());
    }

    /** Takes the person with this phone out of the registry, so no warning is planned for them any more. */
    Optional<Removed> remove(String phone) {
        Optional<Removed> found = jdbc
                .query(
                        "select id, ward_code from recipient where phone = ?",
                        (rs, i) -> new Removed(rs.getObject(1, UUID.class), rs.getString(2)),
                        phone)
                .stream()
                .findFirst();
        found.ifPresent(r -> jdbc.update("delete from recipient where id = ?", r.id()));
        return found;
    }
}
