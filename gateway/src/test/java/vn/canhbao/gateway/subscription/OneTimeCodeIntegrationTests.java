package vn.canhbao.gateway.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The code proves the phone: wrong codes are counted, old codes expire, and codes are not sent without end. */
class OneTimeCodeIntegrationTests extends SubscriptionIntegrationTest {

    @Test
    void aWrongCodeSaysHowManyTriesAreLeftAndKeepsTheChoices() throws Exception {
        String phone = "+84339200001";
        forget(phone);
        ResidentBrowser browser = browser();
        String confirmPath = requestCode(browser, phone);
        String wrong = wrongCode(phone);

        HttpResponse<String> page = browser.post(confirmPath, confirmation(wrong, "en", "ZALO"));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("Mã xác nhận không đúng. Bạn còn 4 lần thử.")
                .contains("value=\"" + wrong + "\"")
                .containsPattern("<option value=\"ZALO\" selected")
                .containsPattern("value=\"en\" checked");
        HttpResponse<String> typo = browser.post(confirmPath, confirmation("12a45", "vi", "SMS"));
        assertThat(typo.body()).as("not a code at all: no try is used").contains("Mã xác nhận gồm 6 chữ số");
        HttpResponse<String> noChannel = browser.post(confirmPath, confirmation(lastCodeTo(phone), "vi", "PUSH"));
        assertThat(noChannel.statusCode()).isEqualTo(400);
        assertThat(noChannel.body()).contains("Hãy chọn ít nhất một trong hai kênh");
        assertThat(count(phone)).as("nothing half-stored").isZero();

        HttpResponse<String> done = browser.post(confirmPath, confirmation(lastCodeTo(phone), "vi", "SMS"));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
        assertThat(count(phone)).isOne();
        forget(phone);
    }

    @Test
    void fiveWrongCodesEndTheCodeEvenForTheRightOne() throws Exception {
        String phone = "+84339200002";
        forget(phone);
        ResidentBrowser browser = browser();
        String confirmPath = requestCode(browser, phone);
        String wrong = wrongCode(phone);
        for (int i = 1; i < 5; i++) {
            assertThat(browser.post(confirmPath, confirmation(wrong, "vi", "SMS"))
                            .body())
                    .contains("Bạn còn " + (5 - i) + " lần thử");
        }
        HttpResponse<String> fifth = browser.post(confirmPath, confirmation(wrong, "vi", "SMS"));
        assertThat(fifth.statusCode()).isEqualTo(429);
        assertThat(fifth.body()).contains("Bạn đã nhập sai mã quá nhiều lần", "/dang-ky/" + TAN_DINH);

        HttpResponse<String> right = browser.post(confirmPath, confirmation(lastCodeTo(phone), "vi", "SMS"));
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(count(phone)).isZero();
        forget(phone);
    }

    @Test
    void anExpiredCodeIsRefused() throws Exception {
        String phone = "+84339200003";
        forget(phone);
        ResidentBrowser browser = browser();
        String confirmPath = requestCode(browser, phone);
        UUID id = UUID.fromString(confirmPath.substring(confirmPath.lastIndexOf('/') + 1));
        // Ten minutes pass.
        jdbc.update(
                "update subscription_code set expires_at = ? where id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)),
                id);

        HttpResponse<String> late = browser.post(confirmPath, confirmation(lastCodeTo(phone), "vi", "SMS"));
        assertThat(late.statusCode()).isEqualTo(410);
        assertThat(late.body()).contains("Mã xác nhận đã hết hạn (mỗi mã chỉ dùng được trong 10 phút)");
        assertThat(browser.get(confirmPath).body()).contains("Mã xác nhận đã hết hạn");
        assertThat(count(phone)).isZero();
        forget(phone);
    }

    @Test
    void aCodeGetsThroughAProviderThatFailsTwiceWhileThePersonWaits() throws Exception {
        // #16: the code goes through the SMS account's limits and retry policy, not straight to the adapter once.
        String phone = "+84339200009";
        forget(phone);
        twilio.failNext(2, List.of(phone));
        try {
            ResidentBrowser browser = browser();
            String confirmPath = requestCode(browser, phone);

            HttpResponse<String> done = browser.post(confirmPath, confirmation(lastCodeTo(phone), "vi", "SMS"));
            assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
            assertThat(count(phone)).as("subscribed").isOne();
            assertThat(twilio.acceptedBodiesTo(phone).stream()
                            .filter(b -> CODE.matcher(b).find()))
                    .as("one code, after two refusals")
                    .hasSize(1);
        } finally {
            twilio.reset();
            forget(phone);
        }
    }

    @Test
    void aPhoneIsSentThreeCodesAnHourAndTheCodeIsStoredOnlyAsAHash() throws Exception {
        String phone = "+84339200004";
        forget(phone);
        ResidentBrowser browser = browser();
        for (int i = 0; i < 3; i++) {
            requestCode(browser, phone);
        }
        assertThat(jdbc.queryForList("select code_hash from subscription_code where phone = ?", String.class, phone))
                .hasSize(3)
                .doesNotContain(lastCodeTo(phone))
                .allSatisfy(h -> assertThat(h).hasSize(64).doesNotContain(lastCodeTo(phone)));
        int sent = twilio.acceptedBodiesTo(phone).size();

        HttpResponse<String> fourth = browser.post("/dang-ky/" + TAN_DINH, List.of(Map.entry("phone", "84339200004")));
        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(fourth.body())
                .contains("Số này đã được gửi 3 mã trong một giờ qua")
                .contains("value=\"84339200004\"");
        assertThat(twilio.acceptedBodiesTo(phone)).hasSize(sent);
        assertThat(getManagement("/actuator/prometheus").body())
                .containsPattern("canhbao_subscription_codes_sent_total\\{[^}]*} [1-9]")
                .containsPattern("canhbao_subscription_refused_total\\{[^}]*reason=\"phone-limit\"[^}]*} [1-9]");
        forget(phone);
    }

    @Test
    void oneNetworkAsksForAtMostThirtyCodesAnHour() throws Exception {
        String phone = "+84339200005";
        forget(phone);
        // Thirty codes asked from this test's address in the last hour, for other phones.
        for (int i = 0; i < 30; i++) {
            jdbc.update(
                    "insert into subscription_code (id, phone, ward_code, code_hash, client_addr, created_at,"
                            + " expires_at) values (?, '+84339299999', ?, 'x', '127.0.0.1', ?, ?)",
                    UUID.randomUUID(),
                    TAN_DINH,
                    Timestamp.from(Instant.now()),
                    Timestamp.from(Instant.now().plusSeconds(600)));
        }
        try {
            ResidentBrowser browser = browser();
            browser.get("/dang-ky/" + TAN_DINH);
            HttpResponse<String> refused = browser.post("/dang-ky/" + TAN_DINH, List.of(Map.entry("phone", phone)));
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.body()).contains("Có quá nhiều yêu cầu gửi mã từ mạng bạn đang dùng");
            assertThat(twilio.acceptedBodiesTo(phone)).isEmpty();
        } finally {
            forget("+84339299999");
        }
    }

    @Test
    void aPhoneThatIsNotAVietnameseMobileIsRefusedWithTheTextKept() throws Exception {
        ResidentBrowser browser = browser();
        browser.get("/dang-ky/" + TAN_DINH);
        HttpResponse<String> page = browser.post("/dang-ky/" + TAN_DINH, List.of(Map.entry("phone", "024 3825 1234")));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Số điện thoại chưa đúng").contains("value=\"024 3825 1234\"");
    }

    private String wrongCode(String phone) {
        String right = lastCodeTo(phone);
        return right.equals("000000") ? "111111" : "000000";
    }

    private int count(String phone) {
        Integer n = jdbc.queryForObject("select count(*) from recipient where phone = ?", Integer.class, phone);
        return n == null ? 0 : n;
    }
}
