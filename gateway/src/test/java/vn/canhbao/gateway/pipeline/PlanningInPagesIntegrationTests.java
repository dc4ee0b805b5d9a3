package vn.canhbao.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.canhbao.gateway.pipeline.PlannedRows.ids;
import static vn.canhbao.gateway.pipeline.PlannedRows.people;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.canhbao.channels.simulator.FcmSimulator;
import vn.canhbao.channels.simulator.LoudspeakerSimulator;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.alert.MessageType;
import vn.canhbao.core.alert.RiskLevel;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Tier;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.alerts.AlertRepository;
import vn.canhbao.gateway.alerts.AlertState;
import vn.canhbao.gateway.pipeline.PlannedRows.Row;
import vn.canhbao.gateway.registry.LoudspeakerClusterRepository;
import vn.canhbao.gateway.registry.RecipientRepository;
import vn.canhbao.gateway.registry.WardPolicyRepository;

/**
 * #6: the planner reads a ward a page at a time, the urgent lane first, so the first leader's message never waits for
 * the ward and memory does not grow with it. The real planner with pages of {@value #PAGE} people plans a
 * {@link PagedWard} several pages long; {@link PlannedRows} shows its writes.
 */
class PlanningInPagesIntegrationTests extends GatewayIntegrationTest {

    private static final int PAGE = 7;

    /** Urgent dispatches per write: more than the ward's eight, so that its urgent tier is one write. */
    private static final int URGENT_CHUNK = 100;

    @Autowired
    PipelineProperties properties;

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

    @Autowired
    ChannelDispatchers dispatchers;

    /** The alerts this test planned. */
    private final List<AlertId> planned = new ArrayList<>();

    /**
     * Every alert a test planned is sent before the next test starts: the head-start tests slow the providers down and
     * judge each alert by its own rows, so another alert's messages still in a lane would read as a lane standing
     * still.
     */
    @AfterEach
    void sendWhatThisTestPlanned() throws InterruptedException {
        for (AlertId id : planned) {
            awaitSettled("d.alert_id = ?", id.value(), Duration.ofSeconds(20));
        }
    }

    @Test
    void aWardOfManyPagesGoesUrgentLaneFirstThenAPageAtATimeEachPersonOnce() {
        PagedWard ward = seed();
        AlertId id = issue(ward, MessageType.ALERT, RiskLevel.LEVEL_3, List.of());

        planner().plan(id);

        List<List<Row>> writes = PlannedRows.writes(jdbc, id);
        // Leaders and clusters; vulnerable 7 + 2; the ward's topic; the others 7 + 7 + 7.
        assertThat(people(writes)).containsExactly(5L, 7L, 2L, 1L, 7L, 7L, 7L);
        assertThat(ids(writes.getFirst())).containsExactlyInAnyOrderElementsOf(concat(ward.leaders(), ward.clusters()));
        assertThat(writes.getFirst())
                .as("SMS and app per leader, and two clusters")
                .hasSize(3 * 2 + 2);
        assertThat(writes.getFirst()).allMatch(Row::urgent);
        assertThat(writes.subList(1, 3)).allSatisfy(w -> assertThat(w).allMatch(r -> r.tier() == Tier.VULNERABLE));
        assertThat(writes.get(3))
                .singleElement()
                .matches(r -> r.recipientId().equals(ward.topic()) && r.tier() == Tier.EVERYONE);
        assertThat(writes.subList(4, 7)).allSatisfy(w -> assertThat(w).allMatch(r -> r.tier() == Tier.EVERYONE));
        assertThat(writes.stream().skip(1).flatMap(List::stream).filter(r -> r.channel() == Channel.SMS))
                .noneMatch(Row::urgent)
                .extracting(Row::recipientId)
                .containsExactlyInAnyOrderElementsOf(concat(ward.vulnerable(), ward.others()));
        assertThat(alerts.find(id).orElseThrow().state()).isEqualTo(AlertState.PLANNED);
    }

    @Test
    void anUrgentTierLargerThanAChunkIsWrittenAChunkAtATimeLoudspeakersFirst() {
        PagedWard ward = seed();
        AlertId id = issue(ward, MessageType.ALERT, RiskLevel.LEVEL_3, List.of());

        planner(3, Duration.ZERO).plan(id);

        List<List<Row>> writes = PlannedRows.writes(jdbc, id);
        // 2 clusters and 3 leaders' SMS and app: 8 rows in writes of 3, 3 and 2, before any resident.
        List<List<Row>> urgent = writes.subList(0, 3);
        assertThat(urgent).extracting(List::size).containsExactly(3, 3, 2);
        assertThat(urgent).allSatisfy(w -> assertThat(w).allMatch(Row::urgent));
        assertThat(writes.getFirst())
                .as("the loudspeakers first: one request reaches a whole neighbourhood")
                .filteredOn(r -> r.channel() == Channel.LOUDSPEAKER)
                .extracting(Row::recipientId)
                .containsExactlyInAnyOrderElementsOf(ward.clusters());
        List<Row> urgentRows = urgent.stream().flatMap(List::stream).toList();
        assertThat(urgentRows)
                .extracting(r -> r.recipientId() + "/" + r.channel())
                .doesNotHaveDuplicates();
        assertThat(ids(urgentRows)).containsExactlyInAnyOrderElementsOf(concat(ward.leaders(), ward.clusters()));
        assertThat(writes.subList(3, writes.size()))
                .allSatisfy(w -> assertThat(w).noneMatch(Row::urgent));
        assertThat(people(writes.subList(3, writes.size()))).containsExactly(7L, 2L, 1L, 7L, 7L, 7L);
    }

    @Test
    void anUpdateReachesExactlyThoseTheAlertReachedAcrossPages() throws Exception {
        PagedWard ward = seed();
        AlertId original = issue(ward, MessageType.ALERT, RiskLevel.LEVEL_3, List.of());
        planner().plan(original);
        awaitSettled("d.alert_id = ?", original.value(), Duration.ofSeconds(20));
        // As if these had failed for good: a leader, a cluster, the ward's topic and every third resident.
        List<UUID> unreached =
                new ArrayList<>(List.of(ward.leaders().get(1), ward.clusters().get(1), ward.topic()));
        unreached.addAll(everyThird(ward.vulnerable()));
        unreached.addAll(everyThird(ward.others()));
        unreached.forEach(r -> jdbc.update(
                "update dispatch set status = 'FAILED' where alert_id = ? and recipient_id = ?", original.value(), r));

        AlertId update = issue(ward, MessageType.UPDATE, RiskLevel.LEVEL_4, List.of(original));
        planner().plan(update);

        List<List<Row>> writes = PlannedRows.writes(jdbc, update);
        // Two leaders and a cluster; 6 of the 9 vulnerable; 14 of the 21 others; not the topic.
        assertThat(people(writes)).containsExactly(3L, 6L, 7L, 7L);
        List<UUID> reached = ids(PlannedRows.writes(jdbc, original).stream()
                        .flatMap(List::stream)
                        .toList())
                .stream()
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
        PagedWard ward = seed();
        AlertId id = AlertId.random();
        alerts.insertIfAbsent(ward.alert(id, MessageType.ALERT, RiskLevel.LEVEL_3, List.of()), null, AlertState.DRAFT);
        planned.add(id);
        alerts.saveTargetGroups(id, List.of(ward.groups().get(0)));
        alerts.issue(id, "officer.test", OffsetDateTime.now());

        planner().plan(id);

        List<List<Row>> writes = PlannedRows.writes(jdbc, id);
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
        PagedWard ward = seed();
        AlertId id = issue(ward, MessageType.ALERT, RiskLevel.LEVEL_3, List.of());
        planner().plan(id);
        awaitSettled("d.alert_id = ?", id.value(), Duration.ofSeconds(20));
        List<Row> written = PlannedRows.writes(jdbc, id).stream()
                .limit(3)
                .flatMap(List::stream)
                .toList();
        // As a planner that stopped after the vulnerable residents leaves it: their rows, and the alert not planned.
        jdbc.update("delete from dispatch where alert_id = ? and tier = 'EVERYONE'", id.value());
        jdbc.update("update alert set state = 'ISSUED', planned_at = null where id = ?", id.value());

        planner().plan(id);

        List<List<Row>> writes = PlannedRows.writes(jdbc, id);
        assertThat(people(writes)).containsExactly(5L, 7L, 2L, 1L, 7L, 7L, 7L);
        assertThat(writes.stream().limit(3).flatMap(List::stream).toList()).isEqualTo(written);
        assertThat(writes.stream().skip(4).flatMap(List::stream))
                .extracting(Row::recipientId)
                .containsExactlyInAnyOrderElementsOf(ward.others());
        assertThat(alerts.find(id).orElseThrow().state()).isEqualTo(AlertState.PLANNED);
    }

    @Test
    void theResidentsArePlannedOnceTheLeadersAndLoudspeakersAreHandedOver() throws Exception {
        PagedWard ward = seed();
        AlertId id = issue(ward, MessageType.ALERT, RiskLevel.LEVEL_3, List.of());

        planner(Duration.ofSeconds(10)).plan(id);
        awaitSettled("d.alert_id = ?", id.value(), Duration.ofSeconds(20));
        assertResidentsPlannedAfterTheUrgentTierWasHandedOver(id);
    }

    @Test
    void aRoundOfSendsSlowerThanTheStallStillHoldsTheResidentsBack() throws Exception {
        PagedWard ward = seed();
        AlertId id = issue(ward, MessageType.ALERT, RiskLevel.LEVEL_3, List.of());
        // A refusal left by an earlier test would put a first round in RETRY_WAIT, which rightly holds no one back.
        loudspeakers.reset();
        // Another test may have restarted a lane; each must be fetching before the stall can be judged.
        for (Channel urgentLane : List.of(Channel.SMS, Channel.PUSH, Channel.LOUDSPEAKER)) {
            awaitConsuming(urgentLane);
        }
        // Every urgent round of sends outlasts the second in which a lane that does not move is taken for down. (A
        // lane whose consumer takes a second to fetch its records, as after a rebalance, is rightly taken for down
        // when nothing else of the tier is being sent.)
        Duration slow = Duration.ofMillis(2_500);
        twilio.latency(slow);
        fcm.latency(slow);
        loudspeakers.latency(slow);
        try {
            planner(Duration.ofSeconds(10)).plan(id);
        } finally {
            twilio.latency(Duration.ZERO);
            fcm.latency(Duration.ZERO);
            loudspeakers.latency(Duration.ZERO);
        }
        awaitSettled("d.alert_id = ?", id.value(), Duration.ofSeconds(20));
        assertThat(jdbc.queryForList(
                        "select attempts from dispatch where alert_id = ? and urgent = true",
                        Integer.class,
                        id.value()))
                .as("the urgent tier handed over in one round of sends")
                .containsOnly(1);
        assertResidentsPlannedAfterTheUrgentTierWasHandedOver(id);
    }

    @Test
    void alertsThatArriveTogetherSendEveryLeaderBeforeAnyResident() {
        // One bulletin for several wards is one alert per ward, on canhbao.alerts together.
        PagedWard first = seed();
        PagedWard second = seed();
        AlertId a = issue(first, MessageType.ALERT, RiskLevel.LEVEL_3, List.of());
        AlertId b = issue(second, MessageType.ALERT, RiskLevel.LEVEL_3, List.of());

        planner().planAll(List.of(a, b));

        Instant lastUrgent = jdbc.queryForObject(
                "select max(created_at) from dispatch where alert_id in (?, ?) and urgent = true",
                Instant.class,
                a.value(),
                b.value());
        Instant firstResident = jdbc.queryForObject(
                "select min(created_at) from dispatch where alert_id in (?, ?) and urgent = false",
                Instant.class,
                a.value(),
                b.value());
        assertThat(firstResident)
                .as("the second ward's leaders do not wait for the first ward's residents")
                .isAfter(lastUrgent);
        assertThat(PlannedRows.writes(jdbc, b)).hasSize(7);
        assertThat(alerts.find(b).orElseThrow().state()).isEqualTo(AlertState.PLANNED);
    }

    @Test
    void aLaneThatIsDownHoldsTheResidentsBackOnlyUntilItStopsMoving() throws Exception {
        PagedWard ward = seed();
        AlertId id = issue(ward, MessageType.ALERT, RiskLevel.LEVEL_3, List.of());
        dispatchers.stop(Channel.LOUDSPEAKER);
        try {
            long start = System.nanoTime();

            planner(Duration.ofSeconds(60)).plan(id);

            // The other channels' urgent messages go, then the loudspeakers' stand still for a second.
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(took).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(10));
            assertThat(jdbc.queryForObject(
                            "select count(*) from dispatch where alert_id = ? and urgent = false and channel = 'SMS'",
                            Integer.class,
                            id.value()))
                    .as("every resident planned although the loudspeakers' messages wait")
                    .isEqualTo(ward.vulnerable().size() + ward.others().size());
        } finally {
            dispatchers.start(Channel.LOUDSPEAKER);
            awaitConsuming(Channel.LOUDSPEAKER);
        }
    }

    /** Until a restarted lane has its partitions again: until then its dispatches wait as if it were down. */
    private void awaitConsuming(Channel channel) throws InterruptedException {
        awaitUntil(channel + " lanes consuming again", Duration.ofSeconds(30), () -> dispatchers.consuming(channel));
    }

    /** The alert's residents were planned only once its leaders' and loudspeakers' dispatches were handed over. */
    private void assertResidentsPlannedAfterTheUrgentTierWasHandedOver(AlertId id) {
        Instant urgentHandedOver = jdbc.queryForObject(
                "select max(handed_over_at) from dispatch where alert_id = ? and urgent = true",
                Instant.class,
                id.value());
        Instant firstResident = jdbc.queryForObject(
                "select min(created_at) from dispatch where alert_id = ? and urgent = false",
                Instant.class,
                id.value());
        assertThat(urgentHandedOver).as("the urgent lane was handed over").isNotNull();
        assertThat(firstResident)
                .as(
                        "the first resident's row, against the urgent rows %s",
                        jdbc.queryForList(
                                "select channel, status, attempts, created_at, updated_at, handed_over_at from dispatch"
                                        + " where alert_id = ? and urgent = true order by handed_over_at",
                                id.value()))
                .isAfterOrEqualTo(urgentHandedOver.minusMillis(1));
    }

    /** The real planner and its collaborators, with small pages and no head start for the urgent lane. */
    private AlertPlanner planner() {
        return planner(Duration.ZERO);
    }

    private AlertPlanner planner(Duration urgentHeadStart) {
        return planner(URGENT_CHUNK, urgentHeadStart);
    }

    private AlertPlanner planner(int urgentChunk, Duration urgentHeadStart) {
        return new AlertPlanner(
                alerts,
                audience,
                policies,
                dispatches,
                publisher,
                adapters,
                tx,
                json,
                metrics,
                properties.withPlanning(PAGE, urgentChunk, urgentHeadStart));
    }

    private PagedWard seed() {
        return PagedWard.seed(recipients, clusters, fcm, loudspeakers);
    }

    /** An issued alert that no record on canhbao.alerts announces: only the test's planner plans it. */
    private AlertId issue(PagedWard ward, MessageType type, RiskLevel level, List<AlertId> references) {
        AlertId id = AlertId.random();
        alerts.insertIfAbsent(ward.alert(id, type, level, references), null, AlertState.ISSUED);
        planned.add(id);
        return id;
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
