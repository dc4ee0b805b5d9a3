package vn.canhbao.gateway.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.canhbao.gateway.GatewayIntegrationTest;

/** A ward's residents come in by CSV: bad rows are named by line, the rest imported once. */
class ResidentImportIntegrationTests extends GatewayIntegrationTest {

    /** Phường Hoàn Kiếm, Hà Nội: a ward of its own, so the demo wards stay as they are. */
    private static final String HOAN_KIEM = "00070";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void tenThousandResidentsWithThreeBadRowsImportTheRestOnceAndNameTheBadLines() throws Exception {
        JsonNode groups = json.readTree(
                csv("admin", "/groups/import", "name\nTổ dân phố số 1\nTổ dân phố số 2\n\"Tổ dân phố số 3, khu B\"\n")
                        .body());
        assertThat(groups.get("inserted").asInt()).isEqualTo(3);

        StringBuilder file = new StringBuilder("name,phone,group,role,vulnerable,vulnerable_note,channels\n");
        for (int i = 1; i <= 10_000; i++) {
            int line = i + 1;
            String phone = line == 101 ? "12345" : String.format("09%08d", i);
            if (line == 9000) {
                phone = "0900000001"; // the phone of line 2
            }
            String group = line == 5002 ? "Tổ dân phố số 99" : "Tổ dân phố số " + (1 + i % 2);
            file.append("Người dân ")
                    .append(i)
                    .append(',')
                    .append(phone)
                    .append(',')
                    .append(group)
                    .append(',')
                    .append(i % 100 == 0 ? "LEADER" : "RESIDENT")
                    .append(',')
                    .append(i % 13 == 0 ? "có" : "")
                    .append(',')
                    .append(i % 13 == 0 ? "\"Người cao tuổi, sống một mình\"" : "")
                    .append(',')
                    .append("ZALO;SMS\n");
        }

        JsonNode dry = json.readTree(
                csv("admin", "/residents/import?dryRun=true", file.toString()).body());
        assertThat(lines(dry)).containsExactly(101, 5002, 9000);
        assertThat(dry.get("valid").asInt()).isEqualTo(9_997);
        assertThat(residents()).as("a dry run stores nothing").isZero();

        long start = System.nanoTime();
        JsonNode done =
                json.readTree(csv("admin", "/residents/import", file.toString()).body());
        System.out.printf("Imported 10,000 rows in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertThat(done.get("inserted").asInt()).isEqualTo(9_997);
        assertThat(lines(done)).containsExactly(101, 5002, 9000);
        assertThat(dry.get("errors").get(0).get("reason").asString()).contains("12345");
        assertThat(residents()).isEqualTo(9_997);
        assertThat(jdbc.queryForObject(
                        "select vulnerable_note from recipient where phone = '+84900000013'", String.class))
                .isEqualTo("Người cao tuổi, sống một mình");

        JsonNode again =
                json.readTree(csv("admin", "/residents/import", file.toString()).body());
        assertThat(again.get("inserted").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isEqualTo(9_997);
        assertThat(residents()).as("importing again adds no one").isEqualTo(9_997);
    }

    @Test
    void officerImportsOnlyIntoTheirOwnWard() throws Exception {
        assertThat(csv("officer.caominh", "/residents/import", "name,phone\nA,0911111111\n")
                        .statusCode())
                .isEqualTo(403);
    }

    private long residents() {
        Long n = jdbc.queryForObject("select count(*) from recipient where ward_code = ?", Long.class, HOAN_KIEM);
        return n == null ? 0 : n;
    }

    private static List<Integer> lines(JsonNode report) {
        List<Integer> lines = new ArrayList<>();
        report.get("errors").forEach(e -> lines.add(e.get("line").asInt()));
        return lines;
    }

    private HttpResponse<String> csv(String user, String path, String body) throws Exception {
        return postCsv(user, "/api/v1/wards/" + HOAN_KIEM + path, body);
    }
}
