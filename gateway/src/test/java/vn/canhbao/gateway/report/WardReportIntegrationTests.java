package vn.canhbao.gateway.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.TestBulletin;

/** A ward's report for its sơ kết counts what went out per channel, the ward's cell broadcast among them (#18). */
class WardReportIntegrationTests extends GatewayIntegrationTest {

    @Test
    void theWardsReportCountsEveryChannelIncludingItsCellBroadcast() throws Exception {
        String alertId =
                accept(TestBulletin.forWard(CAO_MINH)).get("alertIds").get(0).asString();
        awaitAllHandedOver(alertId, CAO_MINH);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

        JsonNode report = json.readTree(asOfficer(
                        "admin",
                        "GET",
                        "/api/v1/wards/" + CAO_MINH + "/report?from=" + today + "&to=" + today.plusDays(1),
                        null)
                .body());

        JsonNode byChannel = report.get("byChannel");
        assertThat(byChannel.propertyNames()).containsExactly("CELL_BROADCAST", "LOUDSPEAKER", "PUSH", "SMS", "ZALO");
        assertThat(byChannel.get("CELL_BROADCAST").get("dispatches").asLong()).isPositive();
        assertThat(byChannel.get("CELL_BROADCAST").get("handedOver").asLong())
                .isEqualTo(byChannel.get("CELL_BROADCAST").get("dispatches").asLong());
        long sum = StreamSupport.stream(byChannel.spliterator(), false)
                .mapToLong(c -> c.get("dispatches").asLong())
                .sum();
        assertThat(sum).isEqualTo(report.get("dispatches").asLong());

        String csv = asOfficer(
                        "admin",
                        "GET",
                        "/api/v1/wards/" + CAO_MINH + "/report?format=csv&from=" + today + "&to=" + today.plusDays(1),
                        null)
                .body();
        assertThat(csv).contains(",dispatches CELL_BROADCAST,").contains(",handed over CELL_BROADCAST,");
    }
}
