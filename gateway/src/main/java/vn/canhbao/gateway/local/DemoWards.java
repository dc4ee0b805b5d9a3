package vn.canhbao.gateway.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.canhbao.channels.simulator.FcmSimulator;
import vn.canhbao.channels.simulator.LoudspeakerSimulator;
import vn.canhbao.channels.simulator.ZaloSimulator;
import vn.canhbao.core.area.Ward;
import vn.canhbao.core.area.WardDirectory;
import vn.canhbao.core.audience.Recipient;
import vn.canhbao.core.audience.RecipientRole;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.gateway.registry.Cell;
import vn.canhbao.gateway.registry.LoudspeakerCluster;
import vn.canhbao.gateway.registry.LoudspeakerClusterRepository;
import vn.canhbao.gateway.registry.RecipientRepository;
import vn.canhbao.gateway.registry.WardCells;
import vn.canhbao.gateway.registry.WardPolicy;
import vn.canhbao.gateway.registry.WardPolicyRepository;

/**
 * The two wards of the seed documents, Phường Bạch Đằng (11473, Hải Phòng) and Xã Cao Minh (01879, Thái Nguyên), with
 * neighbourhood groups, two leaders each (tổ trưởng, tổ phó), synthetic residents with a phone, most of them following
 * the ward's Zalo OA, leaders with the app, and loudspeaker clusters. Seeded once: a ward that has
 * people already is left as it is, so a restart duplicates nothing. Both wards auto-issue.
 */
@Component
@ConditionalOnProperty(name = "canhbao.demo.enabled", havingValue = "true")
public class DemoWards {

    /** A demo ward, its group noun and the digit that makes its synthetic phone numbers distinct. */
    public record DemoWard(String code, String groupNoun, int groups, int clusters, int phoneDigit) {}

    public static final List<DemoWard> WARDS =
            List.of(new DemoWard("11473", "Tổ dân phố số", 12, 4, 1), new DemoWard("01879", "Thôn", 10, 5, 2));

    private static final Logger log = LoggerFactory.getLogger(DemoWards.class);
    private static final String[] FAMILY = {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Nông", "Hà"
    };
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Thu", "Quang", "Ngọc", "Hữu", "Thanh", "Kim"};
    private static final String[] GIVEN = {
        "An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long",
        "Mai", "Nam", "Nga", "Phúc", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Tuấn", "Yến"
    };

    private final WardPolicyRepository policies;
    private final RecipientRepository recipients;
    private final LoudspeakerClusterRepository clusters;
    private final WardCells cells;
    private final WardDirectory directory;
    private final TransactionTemplate tx;
    private final DemoProperties properties;

    DemoWards(
            WardPolicyRepository policies,
            RecipientRepository recipients,
            LoudspeakerClusterRepository clusters,
            WardCells cells,
            WardDirectory directory,
            TransactionTemplate tx,
            DemoProperties properties,
            ObjectProvider<ZaloSimulator> zalo,
            ObjectProvider<FcmSimulator> fcm,
            ObjectProvider<LoudspeakerSimulator> loudspeakers) {
        this.policies = policies;
        this.recipients = recipients;
        this.clusters = clusters;
        this.cells = cells;
        this.directory = directory;
        this.tx = tx;
        this.properties = properties;
        seed();
        introduceToSimulators(zalo.getIfAvailable(), fcm.getIfAvailable(), loudspeakers.getIfAvailable());
    }

    /** Tells the simulators who follows the OA and which clusters exist, as the real providers would know. */
    private void introduceToSimulators(ZaloSimulator zalo, FcmSimulator fcm, LoudspeakerSimulator loudspeakers) {
        for (DemoWard demo : WARDS) {
            if (fcm != null) {
                fcm.registerTokens(recipients.ofWard(demo.code()).stream()
                        .map(Recipient::pushToken)
                        .filter(java.util.Objects::nonNull)
                        .toArray(String[]::new));
            }
            if (zalo != null) {
                zalo.follow(recipients.ofWard(demo.code()).stream()
                        .map(Recipient::zaloUserId)
                        .filter(java.util.Objects::nonNull)
                        .toArray(String[]::new));
            }
            if (loudspeakers != null) {
                loudspeakers.addClusters(clusters.ofWard(demo.code()).stream()
                        .map(LoudspeakerCluster::vendorClusterId)
                        .toArray(String[]::new));
            }
        }
    }

    private void seed() {
        for (DemoWard demo : WARDS) {
            Ward ward = directory.ward(demo.code()).orElseThrow();
            tx.executeWithoutResult(status -> {
                if (policies.find(demo.code()).isEmpty()) {
                    // Cao Minh wants a second person on real alerts its officers write; Bạch Đằng does not.
                    policies.save(
                            new WardPolicy(demo.code(), true, false, demo.code().equals("01879")));
                }
                if (cells.ofWard(demo.code()).isEmpty()) {
                    cells.add(demo.code(), demoCells(demo));
                }
                if (recipients.countInWard(demo.code()) == 0) {
                    recipients.addAll(people(demo));
                    for (int c = 1; c <= demo.clusters(); c++) {
                        clusters.add(new LoudspeakerCluster(
                                UUID.nameUUIDFromBytes(("demo-cluster:" + demo.code() + ":" + c).getBytes()),
                                demo.code(),
                                "loa-" + demo.code() + "-" + c,
                                "Cụm loa số " + c));
                    }
                    log.info(
                            "Demo ward {} {}: {} people seeded",
                            demo.code(),
                            ward.name(),
                            properties.residentsPerWard());
                }
            });
        }
    }

    /**
     * Synthetic cells, two per carrier (MobiFone 01, VinaPhone 02, Viettel 04) in one location area per ward: real
     * cells come from the carriers, by CSV.
     */
    static List<Cell> demoCells(DemoWard demo) {
        int lac = 1000 + Integer.parseInt(demo.code()) % 60000;
        List<Cell> demoCells = new ArrayList<>();
        for (String mnc : List.of("01", "02", "04")) {
            for (int c = 1; c <= 2; c++) {
                demoCells.add(new Cell(Cell.VIET_NAM, mnc, lac, Integer.parseInt(mnc) * 100 + c));
            }
        }
        return demoCells;
    }

    private List<Recipient> people(DemoWard demo) {
        Random random = new Random(Long.parseLong(demo.code()));
        List<UUID> groups = new ArrayList<>();
        for (int g = 1; g <= demo.groups(); g++) {
            UUID id = UUID.nameUUIDFromBytes(("demo-group:" + demo.code() + ":" + g).getBytes());
            recipients.addGroup(id, demo.code(), demo.groupNoun() + " " + g);
            groups.add(id);
        }
        List<Recipient> people = new ArrayList<>(properties.residentsPerWard());
        for (int i = 0; i < properties.residentsPerWard(); i++) {
            boolean leader = i < demo.groups() * 2;
            UUID group = groups.get(leader ? i / 2 : random.nextInt(groups.size()));
            String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                    + GIVEN[random.nextInt(GIVEN.length)];
            // Leaders follow the ward's Zalo OA and have the app; most residents follow the OA too, the rest get
            // Zalo's template messages by phone.
            boolean follower = leader || random.nextInt(100) < 60;
            List<Channel> channels = leader
                    ? List.of(Channel.ZALO, Channel.SMS, Channel.PUSH)
                    : random.nextBoolean() ? List.of(Channel.SMS, Channel.ZALO) : List.of(Channel.ZALO, Channel.SMS);
            people.add(new Recipient(
                    UUID.nameUUIDFromBytes(("demo-person:" + demo.code() + ":" + i).getBytes()),
                    demo.code(),
                    group,
                    name,
                    phone(demo, i),
                    leader ? RecipientRole.LEADER : RecipientRole.RESIDENT,
                    !leader && random.nextInt(100) < 8,
                    "vi",
                    follower ? zaloUserId(demo, i) : null,
                    leader ? pushToken(demo, i) : null,
                    channels));
        }
        return people;
    }

    /** The Zalo user id of a demo person who follows the ward's OA (ids are numeric strings, as Zalo's are). */
    public static String zaloUserId(DemoWard demo, int index) {
        return String.format("84%d%012d", demo.phoneDigit(), index);
    }

    /** The app registration token of a demo leader. */
    public static String pushToken(DemoWard demo, int index) {
        return "demo-token-" + demo.code() + "-" + index;
    }

    /** A synthetic Vietnamese mobile number, distinct per ward and person: +84 9d nnnnnnn. */
    public static String phone(DemoWard demo, int index) {
        return String.format("+849%d%07d", demo.phoneDigit(), index);
    }
}
