package vn.canhbao.gateway.registry;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The loudspeaker clusters of the wards. */
@Repository
public class LoudspeakerClusterRepository {

    private final JdbcTemplate jdbc;

    LoudspeakerClusterRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<LoudspeakerCluster> ofWard(String wardCode) {
        return jdbc.query(
                "select id, ward_code, vendor_cluster_id, name from loudspeaker_cluster where ward_code = ? order by name",
                (rs, i) -> new LoudspeakerCluster(
                        rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)),
                wardCode);
    }

    public void add(LoudspeakerCluster cluster) {
        jdbc.update(
                "insert into loudspeaker_cluster (id, ward_code, vendor_cluster_id, name) values (?, ?, ?, ?)",
                cluster.id(),
                cluster.wardCode(),
                cluster.vendorClusterId(),
                cluster.name());
    }
}
