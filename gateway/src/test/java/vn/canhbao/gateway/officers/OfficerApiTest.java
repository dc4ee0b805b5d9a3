package vn.canhbao.gateway.officers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import vn.canhbao.gateway.GatewayIntegrationTest;

/**
 * What the officers API's tests share: a fresh username per test (the database lives as long as the test JVM), adding
 * an officer as the demo administrator, and reading the audit log.
 */
abstract class OfficerApiTest extends GatewayIntegrationTest {

    /** A password the rules accept. */
    static final String PASSWORD = "mưa lớn kéo dài";

    static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> role(String role, String ward, String province) {
        Map<String, Object> grant = new LinkedHashMap<>();
        grant.put("role", role);
        grant.put("ward", ward);
        grant.put("province", province);
        return grant;
    }

    /** The administrator's {@code POST /api/v1/officers}. */
    HttpResponse<String> add(String username, String displayName, String password, List<Map<String, Object>> roles)
            throws Exception {
        Map<String, Object> body =
                Map.of("username", username, "displayName", displayName, "password", password, "roles", roles);
        return asOfficer("admin", "POST", "/api/v1/officers", json.writeValueAsString(body));
    }

    /** Adds an officer with {@link #PASSWORD} holding {@code roles}; fails the test unless it is created. */
    JsonNode added(String username, List<Map<String, Object>> roles) throws Exception {
        HttpResponse<String> created = add(username, "Cán bộ " + username, PASSWORD, roles);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body());
    }

    /** The administrator's {@code PUT /api/v1/officers/{username}}. */
    HttpResponse<String> change(String actor, String actorPassword, String username, Map<String, ?> body)
            throws Exception {
        return asOfficer(actor, actorPassword, "PUT", "/api/v1/officers/" + username, json.writeValueAsString(body));
    }

    /** The audit log's entries about {@code subject} or done by them, newest first. */
    List<JsonNode> auditOf(String who) throws Exception {
        HttpResponse<String> log = asOfficer("admin", "GET", "/api/v1/audit?limit=10000", null);
        assertThat(log.statusCode()).as(log.body()).isEqualTo(200);
        return json.readTree(log.body())
                .valueStream()
                .filter(e -> who.equals(e.path("subject").asString(null))
                        || who.equals(e.path("actor").asString(null)))
                .toList();
    }

    /** The paths of a 400's {@code errors}. */
    List<String> errorPaths(HttpResponse<String> problem) throws Exception {
        assertThat(problem.statusCode()).as(problem.body()).isEqualTo(400);
        assertThat(problem.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        return json.readTree(problem.body())
                .get("errors")
                .valueStream()
                .map(e -> e.get("path").asString())
                .toList();
    }
}
