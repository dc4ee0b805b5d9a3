package vn.canhbao.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.canhbao.core.audience.Recipient;
import vn.canhbao.core.audience.RecipientRole;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.TestBulletin;
import vn.canhbao.gateway.registry.RecipientRepository;
import vn.canhbao.gateway.registry.WardPolicy;
import vn.canhbao.gateway.registry.WardPolicyRepository;

/** A person whose chosen channel fails for good gets the warning on their next one. */
class FallbackIntegrationTests extends GatewayIntegrationTest {

    /** Phường Ba Đình, Hà Nội: a ward of its own, so the demo wards' counts stay as they are. */
    private static final String BA_DINH = "00004";

    @Autowired
    WardPolicyRepository policies;

    @Autowired
    RecipientRepository recipients;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void zaloUserWithoutZaloAndLeaderWithDeadAppTokenGetAnSms() throws Exception {
        policies.save(new WardPolicy(BA_DINH, true, false, false));
        String noZalo = "+84987000001";
        String leaderPhone = "+84987000002";
        zalo.phoneWithoutZalo(noZalo.substring(1));
        UUID resident = UUID.randomUUID();
        UUID leader = UUID.randomUUID();
        recipients.addAll(List.of(
                new Recipient(
                        resident,
                        BA_DINH,
                        null,
                        "Trần Thị Mai",
                        noZalo,
                        RecipientRole.RESIDENT,
                        true,
                        "vi",
                        null,
                        null,
                        List.of(Channel.ZALO)),
                new Recipient(
                        leader,
                        BA_DINH,
                        null,
                        "Lê Văn Hùng",
                        leaderPhone,
                        RecipientRole.LEADER,
                        false,
                        "vi",
                        null,
                        "token-of-an-uninstalled-app",
                        List.of(Channel.PUSH))));

        String alertId =
                accept(TestBulletin.forWard(BA_DINH)).get("alertIds").get(0).asString();
        JsonNode done = awaitProgress(alertId, Duration.ofSeconds(30), p -> count(p, "SMS", "handedOver") == 2);

        assertThat(count(done, "ZALO", "failed")).isOne();
        assertThat(count(done, "PUSH", "failed")).isOne();
        String code = getJson("/api/v1/alerts/" + alertId).get("shortCode").asString();
        assertThat(twilio.acceptedBodiesTo(noZalo))
                .filteredOn(b -> b.contains(code))
                .hasSize(1);
        assertThat(twilio.acceptedBodiesTo(leaderPhone))
                .filteredOn(b -> b.contains(code))
                .hasSize(1);
        assertThat(jdbc.queryForObject("select push_token from recipient where id = ?", String.class, leader))
                .as("the dead token is retired")
                .isNull();
    }
}
