package vn.canhbao.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.canhbao.gateway.GatewayIntegrationTest;

/** Provinces script canhbao from its OpenAPI description. */
class OpenApiIntegrationTests extends GatewayIntegrationTest {

    @Test
    void everyApiCallIsDescribed() throws Exception {
        var response = get("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode paths = json.readTree(response.body()).get("paths");
        assertThat(paths.has("/api/v1/cap")).isTrue();
        assertThat(paths.has("/api/v1/alerts")).isTrue();
        assertThat(paths.has("/api/v1/alerts/{id}/progress")).isTrue();
        assertThat(paths.has("/api/v1/alerts/{id}/issue")).isTrue();
        assertThat(paths.has("/api/v1/wards/{ward}/residents/import")).isTrue();
        assertThat(paths.get("/api/v1/alerts").get("post").has("requestBody")).isTrue();
    }
}
