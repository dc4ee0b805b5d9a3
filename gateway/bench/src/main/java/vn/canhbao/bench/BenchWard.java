package vn.canhbao.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import vn.canhbao.core.audience.Recipient;
import vn.canhbao.core.audience.RecipientRole;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.gateway.registry.LoudspeakerCluster;
import vn.canhbao.gateway.registry.LoudspeakerClusterRepository;
import vn.canhbao.gateway.registry.RecipientRepository;
import vn.canhbao.gateway.registry.WardPolicy;
import vn.canhbao.gateway.registry.WardPolicyRepository;

/**
 * A benchmark ward: {@code residents} people, each with a phone and a Zalo id that follows the
 * ward's OA, choosing SMS and Zalo; one neighbourhood group per 500 people (per 4 in the warm-up ward) with two
 * leaders each, who also have the app; one loudspeaker cluster per 2,000 people. The ward auto-issues, so one bulletin
 * makes one issued alert.
 * Addresses are functions of the person's index, so the simulator process can know the followers without being told
 * them one by one.
 */
final class BenchWard {

    /** The measured ward, Xã Cao Minh. */
    static final String CODE = "01879";

    /** The warm-up ward, Phường Bạch Đằng: a small alert through every stage before the measured one. */
    static final String WARM_UP_CODE = "11473";

    static final int PEOPLE_PER_GROUP = 500;
    static final int PEOPLE_PER_CLUSTER = 2_000;
    private static final int BATCH = 10_000;

    private final String code;
    private final int residents;
    private final int firstIndex;
    private final int peoplePerGroup;

    private BenchWard(String code, int residents, int firstIndex, int peoplePerGroup) {
        this.code = code;
        this.residents = residents;
        this.firstIndex = firstIndex;
        this.peoplePerGroup = peoplePerGroup;
    }

    /** The measured ward: {@code residents} people, addresses from index 0. */
    static BenchWard measured(int residents) {
        return new BenchWard(CODE, residents, 0, PEOPLE_PER_GROUP);
    }

    /**
     * The warm-up ward: {@code residents} people whose addresses follow the measured ward's ({@code firstIndex} on).
     * Half of them lead a group of four, so that its alert runs the app pushes as often as a 250,000-person ward's
     * leaders would: with 500 people per group it sent 8, and the Firebase SDK's code was still being compiled while
     * the measured ward's leaders' pushes went.
     */
    static BenchWard warmUp(int residents, int firstIndex) {
        return new BenchWard(WARM_UP_CODE, residents, firstIndex, 4);
    }

    int residents() {
        return residents;
    }

    int groups() {
        return Math.max(1, (residents + peoplePerGroup - 1) / peoplePerGroup);
    }

    int leaders() {
        return Math.min(residents, groups() * 2);
    }

    int clusters() {
        return Math.max(1, (residents + PEOPLE_PER_CLUSTER - 1) / PEOPLE_PER_CLUSTER);
    }

    /** The dispatches one alert makes: SMS and Zalo for everyone, leaders' app, the ward's push topic, the clusters. */
    int expectedDispatches() {
        return residents * 2 + leaders() + 1 + clusters();
    }

    /** The Zalo user id of person {@code index}: a numeric string, as Zalo's are. */
    static String zaloUserId(int index) {
        return String.format("85%012d", index);
    }

    static String phone(int index) {
        return String.format("+8497%07d", index);
    }

    static String pushToken(int index) {
        return "bench-token-" + index;
    }

    static String clusterId(String wardCode, int index) {
        return "loa-" + wardCode + "-" + index;
    }

    /** Writes the ward's policy, groups, people (in batches) and clusters. */
    void seed(WardPolicyRepository policies, RecipientRepository recipients, LoudspeakerClusterRepository clusters) {
        policies.save(new WardPolicy(code, true, false, false));
        List<UUID> groupIds = new ArrayList<>();
        for (int g = 0; g < groups(); g++) {
            UUID id = id("bench-group:" + code + ":" + g);
            recipients.addGroup(id, code, "Thôn " + (g + 1));
            groupIds.add(id);
        }
        Random random = new Random(1879);
        List<Recipient> batch = new ArrayList<>(BATCH);
        for (int n = 0; n < residents; n++) {
            int i = firstIndex + n;
            boolean leader = n < leaders();
            UUID group = groupIds.get(leader ? n / 2 : random.nextInt(groupIds.size()));
            batch.add(new Recipient(
                    id("bench-person:" + i),
                    code,
                    group,
                    "Người dân " + i,
                    phone(i),
                    leader ? RecipientRole.LEADER : RecipientRole.RESIDENT,
                    !leader && random.nextInt(100) < 5,
                    "vi",
                    zaloUserId(i),
                    leader ? pushToken(i) : null,
                    leader ? List.of(Channel.ZALO, Channel.SMS, Channel.PUSH) : List.of(Channel.SMS, Channel.ZALO)));
            if (batch.size() == BATCH) {
                recipients.addAll(batch);
                batch.clear();
            }
        }
        recipients.addAll(batch);
        for (int c = 0; c < clusters(); c++) {
            clusters.add(new LoudspeakerCluster(
                    id("bench-cluster:" + code + ":" + c), code, clusterId(code, c), "Cụm loa số " + (c + 1)));
        }
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
