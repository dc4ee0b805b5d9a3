package vn.canhbao.gateway.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.canhbao.core.area.WardDirectory;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.TestBulletin;
import vn.canhbao.gateway.local.DemoWards;

class CapIngestIntegrationTests extends GatewayIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WardDirectory wards;

    @Test
    void bulletinForAWardReachesEveryResidentOnceBySms() throws Exception {
        JsonNode accepted = accept(TestBulletin.forWard(CAO_MINH));

        assertThat(accepted.get("wards").toString()).isEqualTo("[\"01879\"]");
        assertThat(accepted.get("alertIds")).hasSize(1);
        String alertId = accepted.get("alertIds").get(0).asString();
        JsonNode progress = awaitAllHandedOver(alertId, CAO_MINH);
        assertThat(progress.get("failed").asInt()).isZero();
        assertThat(progress.get("byChannel").get("SMS").get("handedOver").asInt())
                .isEqualTo(RESIDENTS);

        JsonNode alert = getJson("/api/v1/alerts/" + alertId);
        String code = alert.get("shortCode").asString();
        assertThat(alert.get("sms").get("withDiacritics").get("encoding").asString())
                .isEqualTo("UCS_2");
        assertThat(alert.get("sms").get("withoutDiacritics").get("encoding").asString())
                .isEqualTo("GSM_7");
        assertThat(alert.get("sms").get("withoutDiacritics").get("segments").asInt())
                .isLessThan(
                        alert.get("sms").get("withDiacritics").get("segments").asInt());
        var demo = DemoWards.WARDS.get(1);
        for (int i = 0; i < RESIDENTS; i++) {
            List<String> bodies = twilio.acceptedBodiesTo(DemoWards.phone(demo, i)).stream()
                    .filter(b -> b.contains(code))
                    .toList();
            assertThat(bodies).as("SMS to resident %d", i).hasSize(1);
            assertThat(bodies.getFirst())
                    .startsWith("CẢNH BÁO LŨ QUÉT: Nguy cơ lũ quét")
                    .contains("Cấp độ rủi ro 3");
        }
        Long handedOver = jdbc.queryForObject(
                "select count(*) from dispatch where alert_id = ? and status = 'ACCEPTED' and channel = 'SMS'"
                        + " and handed_over_at is not null and provider_message_id is not null",
                Long.class,
                java.util.UUID.fromString(alertId));
        assertThat(handedOver).isEqualTo(RESIDENTS);
    }

    @Test
    void theSameBulletinPostedTwiceIsStoredOnce() throws Exception {
        TestBulletin bulletin = TestBulletin.forWard(BACH_DANG);
        JsonNode first = accept(bulletin);
        JsonNode second = accept(bulletin);

        assertThat(second.get("duplicate").asBoolean()).isTrue();
        assertThat(second.get("bulletinId")).isEqualTo(first.get("bulletinId"));
        assertThat(second.get("alertIds")).isEqualTo(first.get("alertIds"));
        Long stored = jdbc.queryForObject(
                "select count(*) from bulletin where cap_identifier = ?", Long.class, bulletin.identifier());
        assertThat(stored).isOne();
    }

    @Test
    void provinceGeocodeReachesEveryWardOfTheProvinceButAlertsOnlyServedWards() throws Exception {
        JsonNode accepted = accept(TestBulletin.forWard("19"));

        List<String> resolved = new ArrayList<>();
        accepted.get("wards").forEach(w -> resolved.add(w.asString()));
        assertThat(resolved)
                .containsExactlyElementsOf(
                        wards.wardsOf("19").stream().map(w -> w.code()).sorted().toList());
        assertThat(accepted.get("alertIds")).hasSize(1);
        String alertId = accepted.get("alertIds").get(0).asString();
        assertThat(getJson("/api/v1/alerts/" + alertId).get("ward").asString()).isEqualTo(CAO_MINH);
    }

    @Test
    void bulletinForNoVietnameseWardIsAcceptedWithNoWards() throws Exception {
        JsonNode accepted = accept(TestBulletin.forWard("99999"));

        assertThat(accepted.get("wards")).isEmpty();
        assertThat(accepted.get("alertIds")).isEmpty();
        JsonNode bulletin =
                getJson("/api/v1/bulletins/" + accepted.get("bulletinId").asString());
        assertThat(bulletin.get("identifier").asString()).startsWith("TEST-");
    }

    @Test
    void invalidCapIsRefusedWithEveryProblemAndNothingStored() throws Exception {
        long bulletins = count("bulletin");
        long outbox = count("outbox");
        String xml = TestBulletin.forWard(CAO_MINH)
                .xml()
                .replaceFirst("<sender>[^<]*</sender>", "")
                .replace("<urgency>Immediate</urgency>", "<urgency></urgency>");

        HttpResponse<String> response = postCap(xml);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        List<String> paths = new ArrayList<>();
        problem.get("errors").forEach(e -> paths.add(e.get("path").asString()));
        assertThat(paths).contains("/alert/sender").anyMatch(p -> p.contains("urgency"));
        problem.get("errors")
                .forEach(e -> assertThat(e.get("message").asString()).isNotBlank());
        assertThat(count("bulletin")).isEqualTo(bulletins);
        assertThat(count("outbox")).isEqualTo(outbox);
    }

    @Test
    void externalEntityIsRefusedWithoutReadingTheFile() throws Exception {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE alert [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>&xxe;</identifier></alert>
                """;
        HttpResponse<String> response = postCap(xml);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("root:");
    }

    @Test
    void entityExpansionIsRefused() throws Exception {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
                <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>&lol3;</identifier></alert>
                """;
        assertThat(postCap(xml).statusCode()).isEqualTo(400);
    }

    @Test
    void bulletinOverOneMebibyteIsRefusedWith413() throws Exception {
        String padding = "x".repeat(1_048_577);
        HttpResponse<String> response = postCap(TestBulletin.forWard(CAO_MINH)
                .xml()
                .replace("<scope>Public</scope>", "<scope>Public</scope><note>" + padding + "</note>"));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void missingOrWrongApiKeyIsRefusedWith401() throws Exception {
        String xml = TestBulletin.forWard(CAO_MINH).xml();
        long bulletins = count("bulletin");

        HttpResponse<String> none = post("/api/v1/cap", xml, null);
        HttpResponse<String> wrong = post("/api/v1/cap", xml, "not-the-key-000000000000000000");

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(json.readTree(wrong.body()).get("detail").asString()).contains("X-Api-Key");
        assertThat(count("bulletin")).isEqualTo(bulletins);
    }

    @Test
    void unknownAlertIs404AndAMalformedIdIs400() throws Exception {
        assertThat(get("/api/v1/alerts/5b0e6f3c-0000-0000-0000-000000000000").statusCode())
                .isEqualTo(404);
        assertThat(get("/api/v1/alerts/not-a-uuid/progress").statusCode()).isEqualTo(400);
    }

    private long count(String table) {
        Long n = jdbc.queryForObject("select count(*) from " + table, Long.class);
        return n == null ? 0 : n;
    }
}
