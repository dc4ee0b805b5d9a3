package vn.canhbao.gateway.officers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** An administrator adds officers through the API; what they may do follows from the roles given. */
class OfficerAccountsIntegrationTests extends OfficerApiTest {

    @Test
    void anAdministratorAddsAWardOfficerWhoSignsInAndSeesOnlyTheirWard() throws Exception {
        String username = unique("duty");

        HttpResponse<String> created =
                add(username, "Cán bộ trực ban Xã Cao Minh", PASSWORD, List.of(role("WARD_OFFICER", CAO_MINH, null)));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/officers/" + username);
        JsonNode officer = json.readTree(created.body());
        assertThat(officer.get("username").asString()).isEqualTo(username);
        assertThat(officer.get("enabled").asBoolean()).isTrue();
        assertThat(officer.get("roles").get(0).get("role").asString()).isEqualTo("WARD_OFFICER");
        assertThat(officer.get("roles").get(0).get("ward").asString()).isEqualTo(CAO_MINH);
        assertThat(officer.get("createdAt").isNull()).isFalse();
        HttpResponse<String> list = asOfficer("admin", "GET", "/api/v1/officers", null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(json.readTree(list.body()).valueStream().map(o -> o.get("username")
                        .asString()))
                .contains(username, "admin", "officer.caominh");
        assertThat(list.body()).doesNotContainIgnoringCase("password").doesNotContain("{bcrypt}");

        HttpResponse<String> ownWard = asOfficer(username, PASSWORD, "POST", "/api/v1/alerts", draftFor(CAO_MINH));
        HttpResponse<String> otherWard = asOfficer(username, PASSWORD, "POST", "/api/v1/alerts", draftFor(BACH_DANG));
        HttpResponse<String> alerts = asOfficer(username, PASSWORD, "GET", "/api/v1/alerts", null);
        assertThat(ownWard.statusCode()).as(ownWard.body()).isEqualTo(201);
        assertThat(otherWard.statusCode()).as(otherWard.body()).isEqualTo(403);
        assertThat(alerts.statusCode()).isEqualTo(200);
        assertThat(json.readTree(alerts.body()).valueStream().map(a -> a.get("ward")
                        .asString()))
                .isNotEmpty()
                .containsOnly(CAO_MINH);
        assertThat(asOfficer(username, PASSWORD, "GET", "/api/v1/wards/" + BACH_DANG + "/policy", null)
                        .statusCode())
                .isEqualTo(403);

        List<JsonNode> audit = auditOf(username);
        assertThat(audit)
                .filteredOn(e -> e.get("action").asString().equals("officer.created"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.get("actor").asString()).isEqualTo("admin");
                    assertThat(e.get("remoteAddr").asString()).isNotBlank();
                    assertThat(e.get("detail").asString()).contains("WARD_OFFICER " + CAO_MINH);
                });
        assertThat(audit).allSatisfy(e -> assertThat(e.toString()).doesNotContain(PASSWORD));
    }

    @Test
    void everyProblemIsListedAtOnceAndNothingIsStored() throws Exception {
        HttpResponse<String> bad = add(
                "Cán Bộ!",
                " ",
                "ngắn quá",
                List.of(
                        role("WARD_OFFICER", "99999", null),
                        role("PROVINCE_OFFICER", null, null),
                        role("ADMIN", CAO_MINH, null),
                        role("MAYOR", null, null),
                        role("APPROVER", null, "99"),
                        role("PROVINCE_OFFICER", null, "99")));

        assertThat(errorPaths(bad))
                .containsExactly(
                        "username",
                        "displayName",
                        "password",
                        "roles[0].ward",
                        "roles[1].province",
                        "roles[2]",
                        "roles[3].role",
                        "roles[4].ward",
                        "roles[4].province",
                        "roles[5].province");
        assertThat(json.readTree(bad.body()).get("detail").asString()).isEqualTo("10 fields need fixing.");

        String username = unique("half");
        HttpResponse<String> oneBadRole = add(
                username,
                "Cán bộ",
                PASSWORD,
                List.of(role("WARD_OFFICER", CAO_MINH, null), role("WARD_OFFICER", "99999", null)));
        assertThat(errorPaths(oneBadRole)).containsExactly("roles[1].ward");
        assertThat(errorPaths(add(username, "Cán bộ", PASSWORD, List.of()))).containsExactly("roles");
        assertThat(asOfficer("admin", "GET", "/api/v1/officers/" + username, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(auditOf(username)).isEmpty();
    }

    @Test
    void aUsernameIsTakenOnce() throws Exception {
        String username = unique("twice");
        added(username, List.of(role("APPROVER", CAO_MINH, null)));

        HttpResponse<String> again = add(username, "Người khác", PASSWORD, List.of(role("ADMIN", null, null)));

        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(json.readTree(again.body()).get("detail").asString()).contains(username);
        JsonNode kept = json.readTree(
                asOfficer("admin", "GET", "/api/v1/officers/" + username, null).body());
        assertThat(kept.get("displayName").asString()).isEqualTo("Cán bộ " + username);
        assertThat(kept.get("roles").get(0).get("role").asString()).isEqualTo("APPROVER");
    }

    @Test
    void onlyAnAdministratorListsAddsAndChangesOfficers() throws Exception {
        String body = json.writeValueAsString(Map.of(
                "username",
                unique("sneaky"),
                "displayName",
                "Quản trị",
                "password",
                PASSWORD,
                "roles",
                List.of(role("ADMIN", null, null))));
        for (String officer : List.of("officer.caominh", "approver.caominh")) {
            assertThat(asOfficer(officer, "GET", "/api/v1/officers", null).statusCode())
                    .isEqualTo(403);
            assertThat(asOfficer(officer, "POST", "/api/v1/officers", body).statusCode())
                    .isEqualTo(403);
            assertThat(asOfficer(officer, "PUT", "/api/v1/officers/" + officer, "{\"roles\":[{\"role\":\"ADMIN\"}]}")
                            .statusCode())
                    .isEqualTo(403);
        }
        assertThat(get("/api/v1/officers").statusCode()).as("an API key").isEqualTo(403);
        assertThat(asOfficer("admin", "PUT", "/api/v1/officers/nobody.here", "{\"enabled\":false}")
                        .statusCode())
                .isEqualTo(404);
    }

    private static String draftFor(String ward) {
        return "{\"wards\":[\"" + ward + "\"],\"hazard\":\"LU_QUET\",\"riskLevel\":2,\"status\":\"EXERCISE\","
                + "\"headline\":\"Diễn tập lũ quét\",\"instruction\":\"Di dời theo hướng dẫn.\"}";
    }
}
