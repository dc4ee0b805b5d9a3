package vn.canhbao.gateway.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.canhbao.core.message.SmsSegments;
import vn.canhbao.gateway.security.AuditLog;

/** A resident subscribes with a code from an SMS, and leaves with the link in the confirmation SMS. */
class SubscriptionFlowIntegrationTests extends SubscriptionIntegrationTest {

    private static final Pattern LINK = Pattern.compile("(http://\\S+/huy-dang-ky/(\\S+))$");

    @Autowired
    AuditLog audit;

    @Test
    void residentSubscribesWithTheCodeFromTheSmsAndUnsubscribesWithOneLink() throws Exception {
        String phone = "+84339100001";
        forget(phone);
        ResidentBrowser browser = browser();

        // The phone as people write it, with a group of the ward.
        UUID group = groupOfTanDinh("Khu phố 3");
        browser.get("/dang-ky/" + TAN_DINH);
        HttpResponse<String> sent = browser.post(
                "/dang-ky/" + TAN_DINH,
                List.of(
                        Map.entry("phone", "0339 100 001"),
                        Map.entry("group", group.toString()),
                        Map.entry("name", "Nguyễn Thị Hoa")));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        String confirmPath = sent.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        HttpResponse<String> form = browser.get(confirmPath);
        assertThat(form.body()).contains("0339 100 001", "Phường Tân Định", "Thành phố Hồ Chí Minh");

        String codeSms = twilio.acceptedBodiesTo(phone).getLast();
        assertThat(SmsSegments.segments(codeSms)).isLessThanOrEqualTo(2);
        HttpResponse<String> done =
                browser.post(confirmPath, confirmation(lastCodeTo(phone), "vi", "ZALO", "SMS", "PUSH"));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith("/dang-ky/da-dang-ky?xa=" + TAN_DINH);
        assertThat(browser.get("/dang-ky/da-dang-ky?xa=" + TAN_DINH).body()).contains("Đăng ký thành công");

        Map<String, Object> resident = jdbc.queryForMap(
                "select ward_code, group_id, name, role, language, channels from recipient where phone = ?", phone);
        assertThat(resident)
                .containsEntry("ward_code", TAN_DINH)
                .containsEntry("group_id", group)
                .containsEntry("name", "Nguyễn Thị Hoa")
                .containsEntry("role", "RESIDENT")
                .containsEntry("language", "vi")
                .containsEntry("channels", "ZALO,SMS,PUSH");
        assertThat(audit.recent(null, 50)).anySatisfy(e -> assertThat(e)
                .returns("resident:" + phone, AuditLog.Entry::actor)
                .returns("resident.subscribed", AuditLog.Entry::action)
                .returns(TAN_DINH, AuditLog.Entry::wardCode));
        assertThat(browser.post(confirmPath, confirmation(lastCodeTo(phone), "vi", "SMS"))
                        .body())
                .as("a code confirms once")
                .contains("Mã này đã được dùng rồi");

        // The confirmation SMS carries the link, within two segments.
        String confirmationSms = twilio.acceptedBodiesTo(phone).getLast();
        assertThat(SmsSegments.segments(confirmationSms)).isLessThanOrEqualTo(2);
        Matcher link = LINK.matcher(confirmationSms);
        assertThat(link.find()).as(confirmationSms).isTrue();
        String unsubscribePath = "/huy-dang-ky/" + link.group(2);

        // A link previewer's GET only shows the question.
        HttpResponse<String> question = browser.get(unsubscribePath);
        assertThat(question.statusCode()).isEqualTo(200);
        assertThat(question.body()).contains("0339 100 001", "<form");
        assertThat(count(phone)).as("a GET unsubscribes no one").isOne();

        // A forged POST without the page's token is refused.
        assertThat(browser().postWithoutToken(unsubscribePath, List.of()).statusCode())
                .isEqualTo(403);
        assertThat(count(phone)).isOne();

        HttpResponse<String> gone = browser.post(unsubscribePath, List.of());
        assertThat(gone.statusCode()).isEqualTo(200);
        assertThat(gone.body()).contains("Đã hủy đăng ký");
        assertThat(count(phone)).isZero();
        assertThat(audit.recent(null, 50)).anySatisfy(e -> assertThat(e)
                .returns("resident:" + phone, AuditLog.Entry::actor)
                .returns("resident.unsubscribed", AuditLog.Entry::action));
        assertThat(browser.post(unsubscribePath, List.of()).statusCode())
                .as("a second tap is harmless")
                .isEqualTo(200);
        assertThat(getManagement("/actuator/prometheus").body())
                .containsPattern("canhbao_subscription_confirmed_total\\{[^}]*} [1-9]")
                .containsPattern("canhbao_subscription_unsubscribed_total\\{[^}]*} [1-9]");
    }

    @Test
    void aTamperedLinkIsRefusedAndChangesNothing() throws Exception {
        String phone = "+84339100002";
        forget(phone);
        ResidentBrowser browser = browser();
        String confirmPath = requestCode(browser, phone);
        browser.post(confirmPath, confirmation(lastCodeTo(phone), "vi", "SMS"));
        Matcher link = LINK.matcher(twilio.acceptedBodiesTo(phone).getLast());
        assertThat(link.find()).isTrue();
        String token = link.group(2);
        // Someone else's number in an otherwise genuine link.
        String otherPhone = "/huy-dang-ky/" + token.replace("84339100002", "84339100003");

        HttpResponse<String> page = browser.get(otherPhone);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Liên kết hủy đăng ký không đúng").doesNotContain("<form");
        assertThat(browser.post(otherPhone, List.of()).statusCode()).isEqualTo(400);
        char last = token.charAt(token.length() - 1);
        String otherMac = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertThat(browser.post("/huy-dang-ky/" + otherMac, List.of()).statusCode())
                .isEqualTo(400);
        assertThat(count(phone)).isOne();
        forget(phone);
    }

    @Test
    void aRegisteredLeaderWhoSubscribesStaysALeaderWithTheNewChoices() throws Exception {
        String phone = "+84339100004";
        forget(phone);
        jdbc.update(
                "insert into recipient (id, ward_code, name, phone, role, vulnerable, vulnerable_note, channels)"
                        + " values (?, ?, 'Trần Văn Minh', ?, 'LEADER', true, 'Người cao tuổi', 'SMS')",
                UUID.randomUUID(),
                TAN_DINH,
                phone);
        ResidentBrowser browser = browser();
        String confirmPath = requestCode(browser, phone);
        HttpResponse<String> done = browser.post(confirmPath, confirmation(lastCodeTo(phone), "en", "SMS", "ZALO"));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(302);

        assertThat(count(phone)).as("upserted by phone").isOne();
        assertThat(jdbc.queryForMap(
                        "select name, role, vulnerable, vulnerable_note, language, channels from recipient"
                                + " where phone = ?",
                        phone))
                .containsEntry("name", "Trần Văn Minh")
                .containsEntry("role", "LEADER")
                .containsEntry("vulnerable", true)
                .containsEntry("vulnerable_note", "Người cao tuổi")
                .containsEntry("language", "en")
                .containsEntry("channels", "SMS,ZALO");
        assertThat(twilio.acceptedBodiesTo(phone).getLast()).startsWith("Subscribed to disaster warnings");
        forget(phone);
    }

    private int count(String phone) {
        Integer n = jdbc.queryForObject("select count(*) from recipient where phone = ?", Integer.class, phone);
        return n == null ? 0 : n;
    }

    private UUID groupOfTanDinh(String name) {
        jdbc.update(
                "insert into neighbourhood_group (id, ward_code, name) values (?, ?, ?) on conflict do nothing",
                UUID.randomUUID(),
                TAN_DINH,
                name);
        return jdbc.queryForObject(
                "select id from neighbourhood_group where ward_code = ? and name = ?", UUID.class, TAN_DINH, name);
    }
}
