package vn.canhbao.gateway.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.TestBulletin;

/** A received bulletin is scoped as its alerts are: only the officers of the wards it touches read it. */
class BulletinAccessIntegrationTests extends GatewayIntegrationTest {

    @Test
    void anOfficerOfAnotherWardDoesNotLearnTheBulletinExists() throws Exception { // #15
        String path = "/api/v1/bulletins/" + caoMinhBulletin();

        HttpResponse<String> answer = asOfficer("officer.bachdang", "GET", path, null);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
        assertThat(answer.body()).doesNotContain("<alert").doesNotContain(CAO_MINH);
        // The same answer as for an id that was never used.
        assertThat(asOfficer("officer.bachdang", "GET", "/api/v1/bulletins/" + java.util.UUID.randomUUID(), null)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void theWardsOfficerTheAdministratorAndUpstreamSystemsReadIt() throws Exception {
        String path = "/api/v1/bulletins/" + caoMinhBulletin();

        for (String user : new String[] {"officer.caominh", "admin"}) {
            HttpResponse<String> answer = asOfficer(user, "GET", path, null);
            assertThat(answer.statusCode()).as(user + ": " + answer.body()).isEqualTo(200);
            assertThat(json.readTree(answer.body()).get("cap").asString()).contains(CAO_MINH);
        }
        assertThat(getJson(path).get("wards").get(0).asString()).isEqualTo(CAO_MINH);
    }

    private String caoMinhBulletin() throws Exception {
        JsonNode accepted = accept(TestBulletin.forWard(CAO_MINH).status("Exercise"));
        return accepted.get("bulletinId").asString();
    }
}
