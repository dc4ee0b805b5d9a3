package vn.canhbao.gateway.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.canhbao.gateway.GatewayIntegrationTest;

/** An ADMIN sets a ward's policy through the API; officers read it; every change is in the audit log. */
class WardPolicyIntegrationTests extends GatewayIntegrationTest {

    private static final String WARD = "00097";

    @Test
    void anAdminServesAWardAndSetsItsRulesAndAnOfficerCannot() throws Exception {
        assertThat(asOfficer("admin", "GET", "/api/v1/wards/" + WARD + "/policy", null)
                        .statusCode())
                .isEqualTo(404);

        HttpResponse<String> served = asOfficer(
                "admin", "PUT", "/api/v1/wards/" + WARD + "/policy", "{\"autoIssue\":true,\"twoPersonApproval\":true}");
        HttpResponse<String> signed =
                asOfficer("admin", "PUT", "/api/v1/wards/" + WARD + "/policy", "{\"requireSignedBulletins\":true}");
        HttpResponse<String> officer = asOfficer(
                "officer.bachdang", "PUT", "/api/v1/wards/" + BACH_DANG + "/policy", "{\"twoPersonApproval\":true}");

        assertThat(served.statusCode()).as(served.body()).isEqualTo(200);
        JsonNode policy = json.readTree(signed.body());
        assertThat(policy.get("autoIssue").asBoolean()).isTrue();
        assertThat(policy.get("twoPersonApproval").asBoolean()).isTrue();
        assertThat(policy.get("requireSignedBulletins").asBoolean()).isTrue();
        assertThat(policy.get("smsWithoutDiacritics").asBoolean()).isFalse();
        // #14: by default a ward sends the không-dấu text when the text with diacritics is over budget.
        assertThat(policy.get("smsOverBudget").asString()).isEqualTo("WITHOUT_DIACRITICS");
        JsonNode moreSegments = json.readTree(
                asOfficer("admin", "PUT", "/api/v1/wards/" + WARD + "/policy", "{\"smsOverBudget\":\"MORE_SEGMENTS\"}")
                        .body());
        assertThat(moreSegments.get("smsOverBudget").asString()).isEqualTo("MORE_SEGMENTS");
        assertThat(moreSegments.get("requireSignedBulletins").asBoolean()).isTrue();
        assertThat(officer.statusCode()).isEqualTo(403);
        assertThat(json.readTree(asOfficer("officer.bachdang", "GET", "/api/v1/wards/" + BACH_DANG + "/policy", null)
                                .body())
                        .get("twoPersonApproval")
                        .asBoolean())
                .isFalse();
        assertThat(asOfficer("admin", "GET", "/api/v1/audit?format=csv", null).body())
                .contains("registry.policy-changed");
        assertThat(asOfficer("admin", "PUT", "/api/v1/wards/99999/policy", "{\"autoIssue\":true}")
                        .statusCode())
                .isEqualTo(404);
    }
}
