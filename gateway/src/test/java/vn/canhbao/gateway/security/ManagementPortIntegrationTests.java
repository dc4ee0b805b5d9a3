package vn.canhbao.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import vn.canhbao.gateway.GatewayIntegrationTest;

/**
 * Metrics answer only on the management port, never on the service's (#15); health answers on both, for load
 * balancers and for the monitoring.
 */
class ManagementPortIntegrationTests extends GatewayIntegrationTest {

    private static final HttpClient ANYONE = HttpClient.newHttpClient();

    private HttpResponse<String> anonymous(int port, String path) throws Exception {
        return ANYONE.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test // #15
    void metricsAreNotServedOnTheServicePort() throws Exception {
        assertThat(anonymous(port, "/actuator/prometheus").statusCode()).isEqualTo(404);
        assertThat(anonymous(port, "/actuator/metrics").statusCode()).isEqualTo(404);
        assertThat(anonymous(port, "/actuator/metrics/jvm.memory.used").statusCode())
                .isEqualTo(404);
        assertThat(get("/actuator/prometheus").statusCode())
                .as("not even with an API key")
                .isEqualTo(404);
    }

    @Test // #15
    void metricsAreServedOnTheManagementPort() throws Exception {
        HttpResponse<String> prometheus = anonymous(managementPort, "/actuator/prometheus");
        HttpResponse<String> metrics = anonymous(managementPort, "/actuator/metrics");

        assertThat(managementPort).isNotEqualTo(port);
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("jvm_memory_used_bytes").contains("canhbao_");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("canhbao.");
    }

    @Test // #15
    void healthAndItsProbesStayOnTheServicePortWithoutDetails() throws Exception {
        for (String path :
                new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> health = anonymous(port, path);

            assertThat(health.statusCode()).as(path).isEqualTo(200);
            assertThat(json.readTree(health.body()).get("status").asString())
                    .as(path)
                    .isEqualTo("UP");
            assertThat(health.body()).as(path).doesNotContain("components", "details");
        }
        assertThat(anonymous(managementPort, "/actuator/health").statusCode()).isEqualTo(200);
    }
}
