package vn.canhbao.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.canhbao.channels.firebase.PushTarget;
import vn.canhbao.channels.simulator.FcmSimulator;
import vn.canhbao.channels.simulator.LoudspeakerSimulator;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.alert.AlertStatus;
import vn.canhbao.core.alert.Certainty;
import vn.canhbao.core.alert.Hazard;
import vn.canhbao.core.alert.MessageType;
import vn.canhbao.core.alert.RiskLevel;
import vn.canhbao.core.alert.ShortCode;
import vn.canhbao.core.alert.Urgency;
import vn.canhbao.core.audience.Recipient;
import vn.canhbao.core.audience.RecipientRole;
import vn.canhbao.core.audience.Tier;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.alerts.AlertRepository;
import vn.canhbao.gateway.alerts.AlertState;
import vn.canhbao.gateway.registry.LoudspeakerCluster;
import vn.canhbao.gateway.registry.LoudspeakerClusterRepository;
import vn.canhbao.gateway.registry.RecipientRepository;
import vn.canhbao.gateway.registry.WardPolicyRepository;

/**
 * #6: the planner reads a ward a page at a time, the urgent lane first, so the first leader's message never waits for
 * the ward and memory does not grow with it. A planner with pages of {@value #PAGE} people plans a ward of its own
 * several pages long; one write of the planner gives its rows one {@code created_at}, so the rows show its pages.
 */
class PlanningInPagesIntegrationTests extends GatewayIntegrationTest {

    private static final int PAGE = 7;
    private static final int VULNERABLE = 9;
    private static final int OTHERS = 21;

    /** Each test seeds a ward of its own: codes 9xxxx, which no real ward has, from a random start. */
    private static final AtomicInteger WARDS =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(9_000));

    @Autowired
    AlertRepository alerts;

    @Autowired
    AudiencePlanner audience;

    @Autowired
    WardPolicyRepository policies;

    @Autowired
    DispatchRepository dispatches;

    @Autowired
    DispatchPublisher publisher;

    @Autowired
    ChannelAdapters adapters;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    PipelineMetrics metrics;

    @Autowired
    RecipientRepository recipients;

    @Autowired
    LoudspeakerClusterRepository clusters;

    @Autowired
    FcmSimulator fcm;

    @Autowired
    LoudspeakerSimulator loudspeakers;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aWardOfManyPagesGoesUrgentLaneFirstThenAPageAtATimeEachPersonOnce() {
        TestWard ward = seed();
        AlertId id = issue(alert(ward, MessageType.ALERT, RiskLevel.LEVEL_3, List.of()));

        planner().plan(id);

        List<List<Row>> writes = writes(id);
        assertThat(people(writes)).containsExactly(5L, 7L, 2L, 1L, 7L, 7L, 7L);
        assertThat(ids(writes.getFirst())).containsExactlyInAnyOrderElementsOf(concat(ward.leaders(), ward.clusters()));
        assertThat(writes.getFirst()).hasSize(3 * 2 + 2).allMatch(Row::urgent);
        assertThat(writes.subList(1, 3)).allSatisfy(w -> assertThat(w).allMatch(r -> r.tier() == Tier.VULNERABLE));
        assertThat(writes.get(3))
                .singleElement()
                .matches(r -> r.channel() == Channel.PUSH && r.tier() == Tier.EVERYONE);
        assertThat(writes.subList(4, 7)).allSatisfy(w -> assertThat(w).allMatch(r -> r.tier() == Tier.EVERYONE));
        assertThat(writes.stream().skip(1).flatMap(List::stream).filter(r -> r.channel() == Channel.SMS))
                .noneMatch(Row::urgent)
                .extracting(Row::recipientId)
                .containsExactlyInAnyOrderElementsOf(concat(ward.vulnerable(), ward.others()));
        assertThat(alerts.find(id).orElseThrow().state()).isEqualTo(AlertState.PLANNED);
    }

    @Test
    void anUpdateReachesExactlyThoseTheAlertReachedAcrossPages() throws Exception {
        TestWard ward = seed();
        AlertId original = issue(alert(ward, MessageType.ALERT, RiskLevel.LEVEL_3, List.of()));
        planner().plan(original);
        awaitSettled(original);
        // As if these had failed for good: a leader, a cluster, the ward's topic and every third resident.
        List<UUID> unreached =
                new ArrayList<>(List.of(ward.leaders().get(1), ward.clusters().get(1), topic(ward)));
        unreached.addAll(everyThird(ward.vulnerable()));
        unreached.addAll(everyThird(ward.others()));
        unreached.forEach(r -> jdbc.update(
                "update dispatch set status = 'FAILED' where alert_id = ? and recipient_id = ?", original.value(), r));

        AlertId update = issue(alert(ward, MessageType.UPDATE, RiskLevel.LEVEL_4, List.of(original)));
        planner().plan(update);

        List<List<Row>> writes = writes(update);
        assertThat(people(writes)).containsExactly(3L, 6L, 7L, 7L);
        List<UUID> reached = ids(writes(original).stream().flatMap(List::stream).toList()).stream()
                .filter(r -> !unreached.contains(r))
                .toList();
        assertThat(ids(writes.stream().flatMap(List::stream).toList())).containsExactlyInAnyOrderElementsOf(reached);
        assertThat(ids(writes.getFirst()))
                .containsExactlyInAnyOrder(
                        ward.leaders().get(0),
                        ward.leaders().get(2),
                        ward.clusters().get(0));
        assertThat(writes.stream().flatMap(List::stream))
                .as("a level-4 update travels in the urgent lane")
                .allMatch(Row::urgent);
    }

    @Test
    void anAlertForOneGroupReadsOnlyItsPeoplePageByPage() {
        TestWard ward = seed();
        AlertId id = AlertId.random();
        alerts.insertIfAbsent(alert(ward, id, MessageType.ALERT, RiskLevel.LEVEL_3, List.of()), null, AlertState.DRAFT);
        alerts.saveTargetGroups(id, List.of(ward.groups().get(0)));
        alerts.issue(id, "officer.test");

        planner().plan(id);

        List<List<Row>> writes = writes(id);
        // Group 1 has two leaders, cluster 0 and the even residents: 5 vulnerable and 11 others; never the topic.
        assertThat(people(writes)).containsExactly(3L, 5L, 7L, 4L);
        assertThat(ids(writes.getFirst()))
                .containsExactlyInAnyOrder(
                        ward.leaders().get(0),
                        ward.leaders().get(1),
                        ward.clusters().get(0));
        assertThat(ids(writes.stream().skip(1).flatMap(List::stream).toList()))
                .containsExactlyInAnyOrderElementsOf(concat(evens(ward.vulnerable()), evens(ward.others())));
    }

    @Test
    void planningThatStoppedHalfWayKeepsWhatItWroteAndAddsTheRest() throws Exception {
        TestWard ward = seed();
        AlertId id = issue(alert(ward, MessageType.ALERT, RiskLevel.LEVEL_3, List.of()));
        planner().plan(id);
        awaitSettled(id);
        List<Row> written = writes(id).stream().limit(3).flatMap(List::stream).toList();
        // As a planner that stopped after the vulnerable residents leaves it: their rows, and the alert not planned.
        jdbc.update("delete from dispatch where alert_id = ? and tier = 'EVERYONE'", id.value());
        jdbc.update("update alert set state = 'ISSUED', planned_at = null where id = ?", id.value());

        planner().plan(id);

        List<List<Row>> writes = writes(id);
        assertThat(people(writes)).containsExactly(5L, 7L, 2L, 1L, 7L, 7L, 7L);
        assertThat(writes.stream().limit(3).flatMap(List::stream).toList()).isEqualTo(written);
        assertThat(writes.stream().skip(4).flatMap(List::stream))
                .extracting(Row::recipientId)
                .containsExactlyInAnyOrderElementsOf(ward.others());
        assertThat(alerts.find(id).orElseThrow().state()).isEqualTo(AlertState.PLANNED);
    }

    /** The real planner's collaborators, with small pages. */
    private AlertPlanner planner() {
        return new AlertPlanner(alerts, audience, policies, dispatches, publisher, adapters, tx, json, metrics, PAGE);
    }

    /** One dispatch row as the planner wrote it. */
    private record Row(UUID recipientId, Channel channel, Tier tier, boolean urgent, Instant createdAt) {}

    /** The rows of an alert, grouped by the write of the planner that put them there, in the order written. */
    private List<List<Row>> writes(AlertId id) {
        List<Row> rows = jdbc.query(
                "select recipient_id, channel, tier, urgent, created_at from dispatch where alert_id = ?"
                        + " order by created_at, recipient_id, channel",
                (rs, i) -> new Row(
                        rs.getObject(1, UUID.class),
                        Channel.valueOf(rs.getString(2)),
                        Tier.valueOf(rs.getString(3)),
                        rs.getBoolean(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant()),
                id.value());
        Map<Instant, List<Row>> byWrite =
                rows.stream().collect(Collectors.groupingBy(Row::createdAt, LinkedHashMap::new, Collectors.toList()));
        return List.copyOf(byWrite.values());
    }

    /** How many people (or topics, or clusters) each write reached. */
    private static List<Long> people(List<List<Row>> writes) {
        return writes.stream()
                .map(w -> w.stream().map(Row::recipientId).distinct().count())
                .toList();
    }

    private static List<UUID> ids(List<Row> rows) {
        return rows.stream().map(Row::recipientId).distinct().toList();
    }

    private void awaitSettled(AlertId id) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (jdbc.queryForObject(
                        "select count(*) from dispatch where alert_id = ? and status in ('PLANNED', 'SENDING',"
                                + " 'RETRY_WAIT')",
                        Integer.class,
                        id.value())
                > 0) {
            assertThat(Instant.now()).as("every dispatch of %s settled", id).isBefore(deadline);
            Thread.sleep(50);
        }
    }

    /**
     * A ward of its own: two groups; three leaders (two in group 1) on SMS and their app; a cluster serving group 1
     * and one the whole ward; {@value #VULNERABLE} vulnerable residents and {@value #OTHERS} others on SMS, the even
     * ones in group 1.
     */
    private record TestWard(
            String code,
            List<UUID> groups,
            List<UUID> leaders,
            List<UUID> clusters,
            List<UUID> vulnerable,
            List<UUID> others) {}

    private TestWard seed() {
        String code = "9" + String.format("%04d", WARDS.incrementAndGet());
        List<UUID> groups = List.of(UUID.randomUUID(), UUID.randomUUID());
        for (int g = 0; g < groups.size(); g++) {
            recipients.addGroup(groups.get(g), code, "Tổ " + (g + 1));
        }
        List<Recipient> people = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String token = "page-test-" + code + "-" + i;
            fcm.registerTokens(token);
            people.add(person(code, groups.get(i < 2 ? 0 : 1), 900 + i, RecipientRole.LEADER, false, token));
        }
        for (int i = 0; i < VULNERABLE; i++) {
            people.add(person(code, groups.get(i % 2), 100 + i, RecipientRole.RESIDENT, true, null));
        }
        for (int i = 0; i < OTHERS; i++) {
            people.add(person(code, groups.get(i % 2), 200 + i, RecipientRole.RESIDENT, false, null));
        }
        recipients.addAll(people);
        List<UUID> clusterIds = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            LoudspeakerCluster cluster = new LoudspeakerCluster(
                    UUID.randomUUID(), code, "loa-" + code + "-" + c, "Cụm loa " + c, c == 0 ? groups.get(0) : null);
            clusters.add(cluster);
            loudspeakers.addClusters(cluster.vendorClusterId());
            clusterIds.add(cluster.id());
        }
        return new TestWard(
                code,
                groups,
                people.subList(0, 3).stream().map(Recipient::id).toList(),
                clusterIds,
                people.subList(3, 3 + VULNERABLE).stream().map(Recipient::id).toList(),
                people.subList(3 + VULNERABLE, people.size()).stream()
                        .map(Recipient::id)
                        .toList());
    }

    private static Recipient person(
            String ward, UUID group, int n, RecipientRole role, boolean vulnerable, String pushToken) {
        List<Channel> channels = pushToken == null ? List.of(Channel.SMS) : List.of(Channel.SMS, Channel.PUSH);
        return new Recipient(
                UUID.randomUUID(),
                ward,
                group,
                "Người " + n,
                "+8438" + ward + String.format("%03d", n),
                role,
                vulnerable,
                "vi",
                null,
                pushToken,
                channels);
    }

    private AlertId issue(Alert alert) {
        alerts.insertIfAbsent(alert, null, AlertState.ISSUED);
        return alert.id();
    }

    private static Alert alert(TestWard ward, MessageType type, RiskLevel level, List<AlertId> references) {
        return alert(ward, AlertId.random(), type, level, references);
    }

    private static Alert alert(TestWard ward, AlertId id, MessageType type, RiskLevel level, List<AlertId> references) {
        return new Alert(
                id,
                ward.code(),
                type,
                AlertStatus.EXERCISE,
                Hazard.MUA_LON,
                level,
                level.severity(),
                Urgency.IMMEDIATE,
                Certainty.LIKELY,
                "Mưa lớn tại phường",
                null,
                "Hạn chế ra ngoài.",
                "UBND phường",
                OffsetDateTime.now(ZoneOffset.ofHours(7)),
                null,
                ShortCode.next(),
                references);
    }

    private static UUID topic(TestWard ward) {
        return UUID.nameUUIDFromBytes(
                ("push-" + PushTarget.wardTopic(ward.code()).format()).getBytes());
    }

    private static List<UUID> everyThird(List<UUID> ids) {
        return IntStream.range(0, ids.size())
                .filter(i -> i % 3 == 0)
                .mapToObj(ids::get)
                .toList();
    }

    private static List<UUID> evens(List<UUID> ids) {
        return IntStream.range(0, ids.size())
                .filter(i -> i % 2 == 0)
                .mapToObj(ids::get)
                .toList();
    }

    private static List<UUID> concat(List<UUID> a, List<UUID> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
