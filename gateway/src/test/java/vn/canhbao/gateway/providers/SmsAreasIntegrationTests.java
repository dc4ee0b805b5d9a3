package vn.canhbao.gateway.providers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import vn.canhbao.channels.simulator.EsmsSimulator;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.TestBulletin;

/**
 * #18, an SMS provider per province or ward: Twilio is the installation's provider, but Xã Cao Minh's SMS go through
 * eSMS (a ward's own choice, {@code CANHBAO_SMS_AREAS=01879=esms}). Each resident of each ward gets the warning once,
 * through their ward's provider and not the other.
 *
 * <p>The whole service as in {@link GatewayIntegrationTest}, in an application context, a database and a JVM of its
 * own (see {@code EsmsProviderIntegrationTests}).
 */
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:canhbao-sms-areas;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "spring.datasource.username=sa",
            "spring.datasource.password=",
            "canhbao.channels.sms.areas=01879=esms",
            "canhbao.channels.sms.secondary=other",
            "canhbao.channels.esms.limits.messages-per-second=1000",
            "canhbao.channels.esms.limits.max-concurrency=16"
        })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Tag("own-context") // in a JVM of its own: see gateway/pom.xml
class SmsAreasIntegrationTests extends GatewayIntegrationTest {

    @Autowired
    private EsmsSimulator esms;

    @Test
    void eachWardsResidentsGetTheirSmsOnceThroughTheirWardsProvider() throws Exception {
        String caoMinh =
                accept(TestBulletin.forWard(CAO_MINH)).get("alertIds").get(0).asString();
        String bachDang =
                accept(TestBulletin.forWard(BACH_DANG)).get("alertIds").get(0).asString();
        awaitAllHandedOver(caoMinh, CAO_MINH);
        awaitAllHandedOver(bachDang, BACH_DANG);
        String caoMinhCode =
                getJson("/api/v1/alerts/" + caoMinh).get("shortCode").asString();
        String bachDangCode =
                getJson("/api/v1/alerts/" + bachDang).get("shortCode").asString();

        for (String phone : residentPhones(CAO_MINH)) {
            assertThat(esms.acceptedBodiesTo(phone))
                    .as("eSMS to %s", phone)
                    .filteredOn(b -> b.contains(caoMinhCode))
                    .hasSize(1);
            assertThat(twilio.acceptedBodiesTo(phone)).as("Twilio to %s", phone).isEmpty();
        }
        for (String phone : residentPhones(BACH_DANG)) {
            assertThat(twilio.acceptedBodiesTo(phone))
                    .as("Twilio to %s", phone)
                    .filteredOn(b -> b.contains(bachDangCode))
                    .hasSize(1);
            assertThat(esms.acceptedBodiesTo(phone)).as("eSMS to %s", phone).isEmpty();
        }
    }
}
