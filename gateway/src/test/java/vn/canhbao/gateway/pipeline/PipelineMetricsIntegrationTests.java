package vn.canhbao.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.TestBulletin;

/** An operator sees every stage of an alert's way in /actuator/prometheus. */
class PipelineMetricsIntegrationTests extends GatewayIntegrationTest {

    @Test
    void everyStageOfAnAlertShowsInPrometheusMetrics() throws Exception {
        String alertId =
                accept(TestBulletin.forWard(CAO_MINH)).get("alertIds").get(0).asString();
        awaitAllHandedOver(alertId, CAO_MINH);

        HttpResponse<String> health = get("/actuator/health");
        String metrics = getManagement("/actuator/prometheus").body();

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
        assertThat(metrics)
                .containsPattern("canhbao_bulletins_received_total\\{[^}]*outcome=\"accepted\"[^}]*} [1-9]")
                .containsPattern("canhbao_outbox_published_total\\{[^}]*} [1-9]")
                .contains("canhbao_outbox_pending{")
                .contains("canhbao_outbox_lag_seconds{")
                .containsPattern(
                        "canhbao_dispatches_planned_total\\{[^}]*channel=\"SMS\"[^}]*tier=\"LEADER\"[^}]*} [1-9]")
                .containsPattern("canhbao_dispatches_sent_total\\{[^}]*outcome=\"accepted\"[^}]*} [1-9]")
                .containsPattern("canhbao_stage_latency_seconds_count\\{[^}]*stage=\"plan\"[^}]*} [1-9]")
                .containsPattern("canhbao_provider_latency_seconds_count\\{[^}]*channel=\"SMS\"[^}]*} [1-9]")
                .containsPattern("canhbao_handover_latency_seconds_count\\{[^}]*channel=\"SMS\"[^}]*} [1-9]")
                .containsPattern("canhbao_delivery_events_total\\{[^}]*status=\"ACCEPTED\"[^}]*} [1-9]")
                .contains("kafka_consumer_fetch_manager_records_lag_max")
                // One replica holds every dispatch partition, so it paces to the whole account (1,000/s in tests).
                .containsPattern("canhbao_provider_rate\\{[^}]*channel=\"SMS\"[^}]*} 1000\\.0")
                .contains("canhbao_dispatches_waiting{")
                .contains("canhbao_dispatches_waiting_oldest_seconds{");
    }
}
