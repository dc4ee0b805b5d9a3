package vn.canhbao.gateway.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.canhbao.core.text.NaturalOrder;

/** The neighbourhood groups of the wards. */
@Repository
public class GroupRepository {

    private final JdbcTemplate jdbc;

    GroupRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The ward's groups by name, each with its count of leaders and of people. */
    public List<NeighbourhoodGroup> ofWard(String wardCode) {
        List<NeighbourhoodGroup> groups = new ArrayList<>(jdbc.query(
                "select g.id, g.ward_code, g.name,"
                        + " coalesce(sum(case when r.role = 'LEADER' then 1 else 0 end), 0),"
                        + " count(r.id)"
                        + " from neighbourhood_group g left join recipient r on r.group_id = g.id"
                        + " where g.ward_code = ? group by g.id, g.ward_code, g.name",
                (rs, i) -> new NeighbourhoodGroup(
                        rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)),
                wardCode));
        groups.sort(Comparator.comparing(NeighbourhoodGroup::name, NaturalOrder.INSTANCE));
        return groups;
    }

    /** Which of {@code groupIds} are not groups of the ward. */
    public List<UUID> notInWard(String wardCode, Collection<UUID> groupIds) {
        List<UUID> known = ofWard(wardCode).stream().map(NeighbourhoodGroup::id).toList();
        return groupIds.stream().filter(g -> !known.contains(g)).toList();
    }
}
