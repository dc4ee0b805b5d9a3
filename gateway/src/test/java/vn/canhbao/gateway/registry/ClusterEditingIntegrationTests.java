package vn.canhbao.gateway.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.canhbao.gateway.GatewayIntegrationTest;

/** A ward's officers keep its loudspeaker clusters: add, change, remove, each audited; bad input says what to fix. */
class ClusterEditingIntegrationTests extends GatewayIntegrationTest {

    private static final String WARD = "00070";

    @Test
    void anOfficerAddsChangesAndRemovesAClusterAndTheAuditLogShowsIt() throws Exception {
        HttpResponse<String> added = asOfficer(
                "admin",
                "POST",
                "/api/v1/wards/" + WARD + "/clusters",
                "{\"name\":\"Cụm loa chợ\",\"vendorClusterId\":\"loa-00070-cho\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String id = json.readTree(added.body()).get("id").asString();

        HttpResponse<String> changed = asOfficer(
                "admin",
                "PUT",
                "/api/v1/wards/" + WARD + "/clusters/" + id,
                "{\"name\":\"Cụm loa chợ Bến Thành\",\"vendorClusterId\":\"loa-00070-cho\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        JsonNode clusters = json.readTree(asOfficer("admin", "GET", "/api/v1/wards/" + WARD + "/clusters", null)
                .body());
        assertThat(clusters.findValuesAsString("name")).contains("Cụm loa chợ Bến Thành");

        assertThat(asOfficer("admin", "DELETE", "/api/v1/wards/" + WARD + "/clusters/" + id, null)
                        .statusCode())
                .isEqualTo(204);
        assertThat(asOfficer("admin", "DELETE", "/api/v1/wards/" + WARD + "/clusters/" + id, null)
                        .statusCode())
                .isEqualTo(404);
        String audit =
                asOfficer("admin", "GET", "/api/v1/audit?format=csv", null).body();
        assertThat(audit)
                .contains("registry.cluster-added")
                .contains("registry.cluster-changed")
                .contains("registry.cluster-removed");
    }

    @Test
    void aClusterWithoutANameOrWithAnotherClustersIdIsRefused() throws Exception {
        HttpResponse<String> nameless =
                asOfficer("admin", "POST", "/api/v1/wards/" + WARD + "/clusters", "{\"vendorClusterId\":\"loa-x\"}");
        assertThat(nameless.statusCode()).isEqualTo(400);
        assertThat(nameless.body()).contains("\"path\":\"name\"");

        asOfficer(
                "admin",
                "POST",
                "/api/v1/wards/" + WARD + "/clusters",
                "{\"name\":\"Cụm A\",\"vendorClusterId\":\"loa-00070-dup\"}");
        HttpResponse<String> duplicate = asOfficer(
                "admin",
                "POST",
                "/api/v1/wards/" + WARD + "/clusters",
                "{\"name\":\"Cụm B\",\"vendorClusterId\":\"loa-00070-dup\"}");
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(duplicate.body()).contains("already used by another loudspeaker cluster");
    }

    @Test
    void anOfficerOfAnotherWardCannotTouchItsClusters() throws Exception {
        HttpResponse<String> answer = asOfficer(
                "officer.caominh",
                "POST",
                "/api/v1/wards/" + BACH_DANG + "/clusters",
                "{\"name\":\"Không phải của tôi\",\"vendorClusterId\":\"loa-forged\"}");

        assertThat(answer.statusCode()).isEqualTo(403);
    }
}
