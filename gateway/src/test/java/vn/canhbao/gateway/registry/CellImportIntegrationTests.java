package vn.canhbao.gateway.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.canhbao.gateway.GatewayIntegrationTest;

/** A ward's cells come in by CSV from the carriers (#18): all or nothing, every bad row named. */
class CellImportIntegrationTests extends GatewayIntegrationTest {

    /** Phường Hoàn Kiếm, Hà Nội: a ward of its own, so the demo wards' cells stay as they are. */
    private static final String HOAN_KIEM = "00070";

    @Test
    void aFileWithBadRowsStoresNothingAndNamesEveryOne() throws Exception {
        int before = getJson("/api/v1/wards/" + HOAN_KIEM + "/cells").size();
        HttpResponse<String> answer = csv(
                "admin",
                "/cells/import",
                "mcc,mnc,lac,cell_id\n452,04,2001,11\n310,04,2001,12\n452,4,2001,13\n452,04,0,14\n452,04,2001,11\n"
                        + "452,02,2001,abc\n");

        assertThat(answer.statusCode()).isEqualTo(400);
        JsonNode report = json.readTree(answer.body());
        assertThat(report.get("inserted").asInt()).isZero();
        assertThat(report.get("errors").toString())
                .contains("\"line\":3", "mcc must be 452 (Viet Nam), was '310'")
                .contains("\"line\":4", "mnc must be the carrier's 2 or 3 digits")
                .contains("\"line\":5", "lac must be a number from 1 to 65533, was '0'")
                .contains("\"line\":6", "duplicate: this cell is listed already")
                .contains("\"line\":7", "cell_id must be a number");
        assertThat(getJson("/api/v1/wards/" + HOAN_KIEM + "/cells")).hasSize(before);
    }

    @Test
    void goodCellsAreAddedOnceWhateverTheColumnOrderAndAreListed() throws Exception {
        String file = "ci,tac,mnc,mcc\n101,3001,01,452\n102,3001,01,452\n201,3002,04,452\n";

        JsonNode dryRun =
                json.readTree(csv("admin", "/cells/import?dryRun=true", file).body());
        assertThat(dryRun.get("valid").asInt()).isEqualTo(3);
        assertThat(getJson("/api/v1/wards/" + HOAN_KIEM + "/cells")).isEmpty();

        HttpResponse<String> first = csv("admin", "/cells/import", file);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(json.readTree(first.body()).get("inserted").asInt()).isEqualTo(3);
        assertThat(json.readTree(csv("admin", "/cells/import", file).body())
                        .get("inserted")
                        .asInt())
                .as("imported again: nothing new")
                .isZero();

        JsonNode cells = getJson("/api/v1/wards/" + HOAN_KIEM + "/cells");
        assertThat(cells).hasSize(3);
        assertThat(cells.get(0).toString())
                .contains("\"mcc\":\"452\"", "\"mnc\":\"01\"", "\"lac\":3001", "\"cellId\":101");
    }

    @Test
    void anOfficerOfAnotherWardMayNotChangeItsCells() throws Exception {
        assertThat(csv("officer.caominh", "/cells/import", "mcc,mnc,lac,cell_id\n452,04,2001,11\n")
                        .statusCode())
                .isEqualTo(403);
    }

    private HttpResponse<String> csv(String user, String path, String body) throws Exception {
        return postCsv(user, "/api/v1/wards/" + HOAN_KIEM + path, body);
    }
}
