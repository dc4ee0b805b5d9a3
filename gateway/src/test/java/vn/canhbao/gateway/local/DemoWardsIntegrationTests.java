package vn.canhbao.gateway.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.canhbao.core.area.WardDirectory;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.registry.RecipientRepository;
import vn.canhbao.gateway.registry.WardPolicyRepository;

/** Seeding the demo wards again, as a restart does, adds nobody. */
class DemoWardsIntegrationTests extends GatewayIntegrationTest {

    @Autowired
    WardPolicyRepository policies;

    @Autowired
    RecipientRepository recipients;

    @Autowired
    WardDirectory directory;

    @Autowired
    vn.canhbao.gateway.registry.LoudspeakerClusterRepository clusters;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    vn.canhbao.gateway.registry.WardCells cells;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void demoWardsAreSeededOnceWithLeadersFirstInEveryGroup() {
        long people = count("recipient where ward_code in ('11473', '01879')");
        long groups = count("neighbourhood_group where ward_code in ('11473', '01879')");

        new DemoWards(
                policies,
                recipients,
                clusters,
                cells,
                directory,
                tx,
                new DemoProperties(true, RESIDENTS),
                none(),
                none(),
                none());

        assertThat(count("recipient where ward_code in ('11473', '01879')"))
                .isEqualTo(people)
                .isEqualTo(2L * RESIDENTS);
        assertThat(count("neighbourhood_group where ward_code in ('11473', '01879')"))
                .isEqualTo(groups)
                .isEqualTo(22);
        Long groupsWithoutTwoLeaders = jdbc.queryForObject(
                "select count(*) from neighbourhood_group g where g.ward_code in ('11473', '01879')"
                        + " and (select count(*) from recipient r where r.group_id = g.id and r.role = 'LEADER') <> 2",
                Long.class);
        assertThat(groupsWithoutTwoLeaders).isZero();
        assertThat(policies.find(BACH_DANG).orElseThrow().autoIssue()).isTrue();
        assertThat(count("loudspeaker_cluster where ward_code in ('11473', '01879')"))
                .isEqualTo(9);
        assertThat(clusters.ofWard(CAO_MINH)).hasSize(5);
        assertThat(cells.ofWard(CAO_MINH))
                .as("two synthetic cells per carrier, seeded once")
                .hasSize(6)
                .allSatisfy(c -> assertThat(c.mcc()).isEqualTo("452"))
                .extracting(vn.canhbao.gateway.registry.Cell::mnc)
                .containsOnly("01", "02", "04");
    }

    private static <T> org.springframework.beans.factory.ObjectProvider<T> none() {
        return new org.springframework.beans.factory.ObjectProvider<>() {
            @Override
            public T getObject() {
                throw new UnsupportedOperationException();
            }

            @Override
            public T getIfAvailable() {
                return null;
            }
        };
    }

    private long count(String table) {
        Long n = jdbc.queryForObject("select count(*) from " + table, Long.class);
        return n == null ? 0 : n;
    }
}
