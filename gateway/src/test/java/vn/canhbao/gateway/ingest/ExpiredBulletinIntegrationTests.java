package vn.canhbao.gateway.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.TestBulletin;
import vn.canhbao.gateway.local.SampleBulletin;

/**
 * #14, finding 11: a bulletin whose {@code <expires>} has passed was planned, and every one of its 2,026 dispatches
 * then failed. It is kept and answered, says it has expired, and sends nothing; the README's sample is posted dated now.
 */
class ExpiredBulletinIntegrationTests extends GatewayIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anExpiredBulletinIsKeptSaysSoAndMakesNoAlert() throws Exception {
        HttpResponse<String> response =
                postCap(TestBulletin.forWard(CAO_MINH).expires(hoursFromNow(-1)).xml());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode answer = json.readTree(response.body());
        assertThat(answer.get("expired").asBoolean()).isTrue();
        assertThat(answer.get("wards").toString()).isEqualTo("[\"01879\"]");
        assertThat(answer.get("alertIds")).isEmpty();
        String bulletinId = answer.get("bulletinId").asString();
        JsonNode bulletin = getJson("/api/v1/bulletins/" + bulletinId);
        assertThat(bulletin.get("expired").asBoolean()).isTrue();
        assertThat(bulletin.get("expires").asString()).isNotBlank();
        assertThat(bulletin.get("alertIds")).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from alert where bulletin_id = ?", Integer.class, UUID.fromString(bulletinId)))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select detail from audit_log where action = 'bulletin.received' and subject = ?",
                        String.class,
                        bulletinId))
                .contains("expired");
    }

    @Test
    void aBulletinInForceSaysItHasNotExpired() throws Exception {
        JsonNode answer = accept(TestBulletin.forWard(CAO_MINH).expires(hoursFromNow(6)));

        assertThat(answer.get("expired").asBoolean()).isFalse();
        assertThat(answer.get("alertIds")).hasSize(1);
        assertThat(getJson("/api/v1/bulletins/" + answer.get("bulletinId").asString())
                        .get("expired")
                        .asBoolean())
                .isFalse();
        awaitAllHandedOver(answer.get("alertIds").get(0).asString(), CAO_MINH);
    }

    @Test
    void anExpiredCancelStillEndsAWarningInForceAndTellsItsPeople() throws Exception {
        TestBulletin original = TestBulletin.forWard(CAO_MINH).expires(hoursFromNow(6));
        JsonNode warned = accept(original);
        awaitAllHandedOver(warned.get("alertIds").get(0).asString(), CAO_MINH);

        // The upstream's Cancel arrives with its own <expires> already past; the warning it ends is still in force.
        HttpResponse<String> response = postCap(TestBulletin.forWard(CAO_MINH)
                .msgType("Cancel")
                .references(original)
                .expires(hoursFromNow(-1))
                .xml());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode answer = json.readTree(response.body());
        assertThat(answer.get("expired").asBoolean()).isTrue();
        assertThat(answer.get("alertIds")).hasSize(1);
        String cancelId = answer.get("alertIds").get(0).asString();
        JsonNode cancel = getJson("/api/v1/alerts/" + cancelId);
        assertThat(cancel.get("msgType").asString()).isEqualTo("Cancel");
        assertThat(OffsetDateTime.parse(cancel.get("expires").asString())).isAfter(OffsetDateTime.now());
        JsonNode progress = awaitAllHandedOver(cancelId, CAO_MINH);
        assertThat(progress.get("failed").asInt()).isZero();
    }

    @Test
    void anExpiredCancelOfAWarningAlsoOverSendsNothing() throws Exception {
        TestBulletin original = TestBulletin.forWard(CAO_MINH).expires(hoursFromNow(-2));
        postCap(original.xml());

        JsonNode answer = json.readTree(postCap(TestBulletin.forWard(CAO_MINH)
                        .msgType("Cancel")
                        .references(original)
                        .expires(hoursFromNow(-1))
                        .xml())
                .body());

        assertThat(answer.get("expired").asBoolean()).isTrue();
        assertThat(answer.get("alertIds")).isEmpty();
    }

    @Test
    void theReadmeSampleHasExpiredAsWrittenAndReachesTheWardDatedNow() throws Exception {
        String sample = Files.readString(Path.of("..", "docs", "examples", "lu-quet-cao-minh.xml"));

        JsonNode asWritten = json.readTree(postCap(sample).body());
        assertThat(asWritten.get("expired").asBoolean()).isTrue();
        assertThat(asWritten.get("alertIds")).isEmpty();

        HttpResponse<String> posted = postCap(SampleBulletin.current(sample, OffsetDateTime.now()));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);
        JsonNode current = json.readTree(posted.body());
        assertThat(current.get("expired").asBoolean()).isFalse();
        assertThat(current.get("wards").toString()).isEqualTo("[\"01879\"]");
        assertThat(current.get("alertIds")).hasSize(1);
        JsonNode progress = awaitAllHandedOver(current.get("alertIds").get(0).asString(), CAO_MINH);
        assertThat(progress.get("failed").asInt()).isZero();
    }

    private static OffsetDateTime hoursFromNow(int hours) {
        return OffsetDateTime.now(ZoneOffset.ofHours(7)).plusHours(hours).withNano(0);
    }
}
