package vn.canhbao.gateway.pipeline;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import vn.canhbao.channels.firebase.PushTarget;
import vn.canhbao.channels.simulator.FcmSimulator;
import vn.canhbao.channels.simulator.LoudspeakerSimulator;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.alert.AlertStatus;
import vn.canhbao.core.alert.CancelReason;
import vn.canhbao.core.alert.Cancellation;
import vn.canhbao.core.alert.Certainty;
import vn.canhbao.core.alert.Hazard;
import vn.canhbao.core.alert.MessageType;
import vn.canhbao.core.alert.RiskLevel;
import vn.canhbao.core.alert.ShortCode;
import vn.canhbao.core.alert.Urgency;
import vn.canhbao.core.audience.Recipient;
import vn.canhbao.core.audience.RecipientRole;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.gateway.registry.LoudspeakerCluster;
import vn.canhbao.gateway.registry.LoudspeakerClusterRepository;
import vn.canhbao.gateway.registry.RecipientRepository;

/**
 * A ward of its own for the planner's page tests: two groups; three leaders (two in group 1) on SMS and their app; a
 * loudspeaker cluster serving group 1 and one serving the whole ward; {@value #VULNERABLE} vulnerable residents and
 * {@value #OTHERS} others on SMS, the even ones in group 1. Its code, 9xxxx, is no real ward's.
 */
record PagedWard(
        String code,
        List<UUID> groups,
        List<UUID> leaders,
        List<UUID> clusters,
        List<UUID> vulnerable,
        List<UUID> others) {

    static final int VULNERABLE = 9;
    static final int OTHERS = 21;

    /** From a random start, so that no two seeded wards of a test run, on one database, share a code. */
    private static final AtomicInteger CODES =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(9_000));

    static PagedWard seed(
            RecipientRepository recipients,
            LoudspeakerClusterRepository clusters,
            FcmSimulator fcm,
            LoudspeakerSimulator loudspeakers) {
        String code = "9" + String.format("%04d", CODES.incrementAndGet());
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
        List<UUID> ids = people.stream().map(Recipient::id).toList();
        return new PagedWard(
                code,
                groups,
                ids.subList(0, 3),
                clusterIds,
                ids.subList(3, 3 + VULNERABLE),
                ids.subList(3 + VULNERABLE, ids.size()));
    }

    /** An exercise alert for this ward. */
    Alert alert(AlertId id, MessageType type, RiskLevel level, List<AlertId> references) {
        return new Alert(
                id,
                code,
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
                references,
                type == MessageType.CANCEL
                        ? new Cancellation(CancelReason.ENDED, "K7M2QX", OffsetDateTime.now(ZoneOffset.ofHours(7)))
                        : null);
    }

    /** The id that stands for the ward's push topic in the dispatch rows. */
    UUID topic() {
        return UUID.nameUUIDFromBytes(("push-" + PushTarget.wardTopic(code).format()).getBytes(StandardCharsets.UTF_8));
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
}
