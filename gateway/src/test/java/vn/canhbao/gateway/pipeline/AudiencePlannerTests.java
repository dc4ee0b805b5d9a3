package vn.canhbao.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.canhbao.core.audience.Recipient;
import vn.canhbao.core.audience.RecipientRole;
import vn.canhbao.core.delivery.Channel;
import vn.canhbao.core.delivery.Tier;

/** Whom an alert reaches on which channel, and at which address: the planner's rules without a database. */
class AudiencePlannerTests {

    private static Recipient person(
            RecipientRole role, boolean vulnerable, String zalo, String token, List<Channel> channels) {
        return new Recipient(
                UUID.randomUUID(),
                "01879",
                null,
                "Hoàng Văn Sơn",
                "+84912345678",
                role,
                vulnerable,
                "vi",
                zalo,
                token,
                channels);
    }

    @Test
    void eachPersonIsReachedOnEveryChannelTheyChoseThatIsInService() {
        Recipient resident = person(RecipientRole.RESIDENT, false, "8412345", null, List.of(Channel.SMS, Channel.ZALO));

        List<Target> targets = AudiencePlanner.targets(List.of(resident), EnumSet.of(Channel.SMS));

        assertThat(targets).singleElement().satisfies(t -> {
            assertThat(t.channel()).isEqualTo(Channel.SMS);
            assertThat(t.address()).isEqualTo("+84912345678");
            assertThat(t.tier()).isEqualTo(Tier.EVERYONE);
        });
    }

    @Test
    void zaloGoesToTheFollowerOrByPhoneAndPushOnlyToALeadersApp() {
        Recipient follower = person(RecipientRole.RESIDENT, true, "8412345", "a-token", List.of(Channel.ZALO));
        Recipient leader = person(RecipientRole.LEADER, false, null, "leader-token", List.of(Channel.PUSH));

        assertThat(AudiencePlanner.address(follower, Channel.ZALO))
                .hasValueSatisfying(a -> assertThat(a).contains("8412345"));
        assertThat(AudiencePlanner.address(follower, Channel.PUSH))
                .as("residents get the ward's topic, not their own push")
                .isEmpty();
        assertThat(AudiencePlanner.address(leader, Channel.ZALO))
                .as("no follower id: Zalo's template message by phone")
                .hasValueSatisfying(a -> assertThat(a).contains("84912345678"));
        assertThat(AudiencePlanner.address(leader, Channel.PUSH))
                .hasValueSatisfying(a -> assertThat(a).contains("leader-token"));
        assertThat(AudiencePlanner.targets(List.of(follower), EnumSet.allOf(Channel.class)))
                .singleElement()
                .satisfies(t -> assertThat(t.tier()).isEqualTo(Tier.VULNERABLE));
    }
}
