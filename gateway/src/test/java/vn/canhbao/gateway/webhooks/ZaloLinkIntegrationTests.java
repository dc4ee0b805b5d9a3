package vn.canhbao.gateway.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.canhbao.core.message.SmsSegments;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.SignedRequests;
import vn.canhbao.gateway.local.DemoWards;

/**
 * #15: a Zalo follower is linked to a phone only once the phone's owner gives back the code sent to it by SMS; an
 * existing link is replaced only that way, its follower is told, and every link is in the audit log. Leader 17 of Xã
 * Cao Minh, whose own link is put back at the end.
 */
class ZaloLinkIntegrationTests extends GatewayIntegrationTest {

    private static final Pattern CODE = Pattern.compile("(\\d{6}) là mã liên kết Zalo");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aStrangerTextingALeadersPhoneGetsNoLinkUntilTheCodeSentToThatPhoneComesBack() throws Exception { // #15
        DemoWards.DemoWard caoMinh = demoWard(CAO_MINH);
        String phone = DemoWards.phone(caoMinh, 17);
        String leader = DemoWards.zaloUserId(caoMinh, 17);
        String stranger = "9" + (System.nanoTime() % 1_000_000_000_000L);
        zalo.follow(stranger);
        try {
            say(stranger, "0" + phone.substring(3));
            String answer = awaitZaloText(stranger, "mã gồm 6 chữ số");
            assertThat(answer).contains("0" + phone.substring(3, 6));
            String sms = awaitSms(phone, "liên kết Zalo");
            assertThat(SmsSegments.segments(sms)).isLessThanOrEqualTo(2);
            Matcher code = CODE.matcher(sms);
            assertThat(code.find()).as(sms).isTrue();
            assertThat(zaloUserOf(phone))
                    .as("no link before the code comes back")
                    .isEqualTo(leader);

            // Until then the stranger's "Đã nhận" is nobody's confirmation.
            String alertId = issueDrillToCaoMinh();
            say(stranger, "Đã nhận");
            String wrong = code.group(1).equals("000000") ? "111111" : "000000";
            say(stranger, wrong);
            awaitZaloText(stranger, "Mã chưa đúng");
            assertThat(jdbc.queryForObject(
                            "select count(*) from acknowledgement k join recipient r on r.id = k.recipient_id"
                                    + " where k.alert_id = ? and r.phone = ?",
                            Integer.class,
                            UUID.fromString(alertId),
                            phone))
                    .isZero();
            assertThat(zaloUserOf(phone)).isEqualTo(leader);

            say(stranger, code.group(1).substring(0, 3) + " " + code.group(1).substring(3));
            awaitUntil("the stranger linked", Duration.ofSeconds(20), () -> stranger.equals(zaloUserOf(phone)));
            awaitZaloText(stranger, "Đã liên kết tài khoản Zalo này");
            assertThat(awaitZaloText(leader, "vừa được liên kết với một tài khoản Zalo khác"))
                    .as("the follower it replaces is told")
                    .isNotBlank();
            assertThat(audit("zalo:" + stranger))
                    .contains("zalo.link-requested", "zalo.relinked")
                    .doesNotContain("zalo.linked");
            assertThat(jdbc.queryForObject(
                            "select detail from audit_log where actor = ? and action = 'zalo.relinked'",
                            String.class,
                            "zalo:" + stranger))
                    .contains(leader);

            say(stranger, code.group(1));
            awaitZaloText(stranger, "Mã đã hết hạn hoặc đã được dùng");
        } finally {
            jdbc.update("update recipient set zalo_user_id = ? where phone = ?", leader, phone);
        }
    }

    @Test
    void aFirstLinkNeedsTheCodeToo() throws Exception { // #15
        String user = "7" + (System.nanoTime() % 1_000_000_000_000L);
        zalo.follow(user);
        String phone = jdbc.queryForObject(
                "select phone from recipient where ward_code = ? and zalo_user_id is null order by phone limit 1",
                String.class,
                BACH_DANG);
        say(user, "0" + phone.substring(3, 6) + " " + phone.substring(6, 9) + " " + phone.substring(9));
        Matcher code = CODE.matcher(awaitSms(phone, "liên kết Zalo"));
        assertThat(code.find()).isTrue();
        assertThat(zaloUserOf(phone)).isNull();

        say(user, code.group(1));
        awaitUntil("linked", Duration.ofSeconds(20), () -> user.equals(zaloUserOf(phone)));
        assertThat(audit("zalo:" + user)).contains("zalo.linked");
        awaitZaloText(user, "Đã liên kết tài khoản Zalo này");

        // Leaving the OA ends the link, and that is audited too.
        assertThat(SignedRequests.postZaloEvent(
                                port,
                                SignedRequests.zaloEvent("unfollow", "\"follower\":{\"id\":\"%s\"}".formatted(user)))
                        .statusCode())
                .isEqualTo(200);
        awaitUntil("unlinked", Duration.ofSeconds(20), () -> zaloUserOf(phone) == null);
        assertThat(audit("zalo:" + user)).contains("zalo.unlinked");
    }

    @Test
    void aPhoneNobodyRegisteredGetsTheSameAnswerAndNoSms() throws Exception { // #15
        String user = "6" + (System.nanoTime() % 1_000_000_000_000L);
        zalo.follow(user);
        String phone = "+84389" + String.format("%06d", System.nanoTime() % 1_000_000);
        say(user, "0" + phone.substring(3));
        awaitZaloText(user, "mã gồm 6 chữ số");
        assertThat(twilio.acceptedBodiesTo(phone)).isEmpty();
    }

    private void say(String userId, String text) throws Exception {
        HttpResponse<String> answer = SignedRequests.postZaloEvent(
                port, SignedRequests.zaloText(userId, "m-link-" + UUID.randomUUID(), text, Instant.now()));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    private String zaloUserOf(String phone) {
        return jdbc.queryForObject("select zalo_user_id from recipient where phone = ?", String.class, phone);
    }

    private List<String> audit(String actor) {
        return jdbc.queryForList("select action from audit_log where actor = ?", String.class, actor);
    }

    private String awaitZaloText(String userId, String containing) throws InterruptedException {
        awaitUntil(
                "a Zalo text to " + userId + " with: " + containing,
                Duration.ofSeconds(20),
                () -> zalo.acceptedTextsTo(userId).stream().anyMatch(t -> t.contains(containing)));
        return zalo.acceptedTextsTo(userId).stream()
                .filter(t -> t.contains(containing))
                .findFirst()
                .orElseThrow();
    }

    private String awaitSms(String phone, String containing) throws InterruptedException {
        awaitUntil(
                "an SMS to " + phone + " with: " + containing,
                Duration.ofSeconds(20),
                () -> twilio.acceptedBodiesTo(phone).stream().anyMatch(b -> b.contains(containing)));
        return twilio.acceptedBodiesTo(phone).stream()
                .filter(b -> b.contains(containing))
                .reduce((a, b) -> b)
                .orElseThrow();
    }
}
