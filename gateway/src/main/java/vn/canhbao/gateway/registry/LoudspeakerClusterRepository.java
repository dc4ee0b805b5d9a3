package vn.canhbao.gateway.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.canhbao.core.text.NaturalOrder;
import vn.canhbao.gateway.web.ConflictException;

/** The loudspeaker clusters of the wards. */
@Repository
public class LoudspeakerClusterRepository {

    private static final String COLUMNS = "id, ward_code, vendor_cluster_id, name, group_id";

    private final JdbcTemplate jdbc;

    LoudspeakerClusterRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The ward's clusters, in the order a person reads their names ("Cụm 2" before "Cụm 10"). */
    public List<LoudspeakerCluster> ofWard(String wardCode) {
        List<LoudspeakerCluster> clusters = new ArrayList<>(jdbc.query(
                "select " + COLUMNS + " from loudspeaker_cluster where ward_code = ?",
                LoudspeakerClusterRepository::map,
                wardCode));
        clusters.sort(Comparator.comparing(LoudspeakerCluster::name, NaturalOrder.INSTANCE));
        return clusters;
    }

    /** The clusters within {@code scope}: the ward's, or those serving its groups, and only those it may reach. */
    public List<LoudspeakerCluster> within(AudienceScope scope) {
        List<Object> args = new ArrayList<>();
        String where = scope.where("c", args);
        return jdbc.query(
                "select " + COLUMNS + " from loudspeaker_cluster c where " + where + " order by c.name",
                LoudspeakerClusterRepository::map,
                args.toArray());
    }

    /** The clusters that serve any of {@code groupIds}. */
    public List<LoudspeakerCluster> ofGroups(String wardCode, Collection<UUID> groupIds) {
        return ofWard(wardCode).stream()
                .filter(c -> c.groupId() != null && groupIds.contains(c.groupId()))
                .toList();
    }

    public Optional<LoudspeakerCluster> find(String wardCode, UUID id) {
        return ofWard(wardCode).stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public void add(LoudspeakerCluster cluster) {
        try {
            jdbc.update(
                    "insert into loudspeaker_cluster (" + COLUMNS + ") values (?, ?, ?, ?, ?)",
                    cluster.id(),
                    cluster.wardCode(),
                    cluster.vendorClusterId(),
                    cluster.name(),
                    cluster.groupId());
        } catch (DuplicateKeyException e) {
            throw taken(cluster);
        }
    }

    /** Changes a cluster's name, vendor id or group; false when the ward has no such cluster. */
    public boolean update(LoudspeakerCluster cluster) {
        try {
            return jdbc.update(
                            "update loudspeaker_cluster set vendor_cluster_id = ?, name = ?, group_id = ?"
                                    + " where id = ? and ward_code = ?",
                            cluster.vendorClusterId(),
                            cluster.name(),
                            cluster.groupId(),
                            cluster.id(),
                            cluster.wardCode())
                    == 1;
        } catch (DuplicateKeyException e) {
            throw taken(cluster);
        }
    }

    public boolean remove(String wardCode, UUID id) {
        return jdbc.update("delete from loudspeaker_cluster where id = ? and ward_code = ?", id, wardCode) == 1;
    }

    private static LoudspeakerCluster map(ResultSet rs, int row) throws SQLException {
        return new LoudspeakerCluster(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, UUID.class));
    }

    private static ConflictException taken(LoudspeakerCluster cluster) {
        return new ConflictException("The vendor id " + cluster.vendorClusterId()
                + " is already used by another loudspeaker cluster; each cluster needs its own.");
    }
}
