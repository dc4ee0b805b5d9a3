package vn.canhbao.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BenchReportTests {

    private static BenchReport report(Double handover) {
        return report(handover, null);
    }

    private static BenchReport report(Double handover, Integer rate) {
        Double bound = rate == null ? null : 100_200.0 / rate;
        return new BenchReport(
                100_000,
                200_451,
                200_451,
                0,
                200_451,
                handover != null,
                50,
                0.4,
                1.2,
                Map.of("SMS", 1.1, "LOUDSPEAKER", 1.2),
                handover,
                10.0,
                20_045.1,
                0,
                handover == null ? null : 200_451 / handover,
                5_000.0,
                200_451,
                handover == null ? null : 0.8,
                rate,
                bound,
                bound == null || handover == null ? null : handover / bound,
                30.0,
                150.0,
                Map.of(CpuByPart.PIPELINE, 100.0, CpuByPart.BROKER, 30.0, CpuByPart.JVM, 20.0),
                12.0,
                700L << 20,
                200L << 20,
                1L << 30,
                0.5,
                8.0,
                2,
                1.0,
                2.0,
                "JDK",
                Map.of("k", "v"),
                Map.of("twilio", Map.of("accepted", 100_000)));
    }

    @Test
    void writesTheKeysTheIssueNames(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bench-100000.json");

        report(50.0).write(file);

        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(file));
        assertThat(json.get("residents").asInt()).isEqualTo(100_000);
        assertThat(json.get("dispatches").asLong()).isEqualTo(200_451);
        assertThat(json.get("firstLeaderSeconds").asDouble()).isEqualTo(0.4);
        assertThat(json.get("leadersAndLoudspeakersSeconds").asDouble()).isEqualTo(1.2);
        assertThat(json.get("handoverSeconds").asDouble()).isEqualTo(50.0);
        assertThat(json.get("messagesPerSecond").asDouble()).isEqualTo(200_451 / 50.0);
        assertThat(json.get("ceilingMessagesPerSecond").asDouble()).isEqualTo(5_000.0);
        assertThat(json.get("peakHeapBytes").asLong()).isEqualTo(700L << 20);
        assertThat(json.get("cpuMicrosPerDispatch").asDouble()).isEqualTo(150.0);
        assertThat(json.get("cpuMicrosPerDispatchByPart").get("broker").asDouble())
                .isEqualTo(30.0);
        assertThat(report(50.0).table()).contains("in-process Kafka broker").contains("30 µs");
    }

    @Test
    void aRunThatTimedOutSaysSoAndLeavesItsHandoverOut() {
        BenchReport timedOut = report(null);

        assertThat(timedOut.json()).contains("\"handoverSeconds\" : null");
        assertThat(timedOut.table()).contains("TIMED OUT").contains("—");
        assertThat(report(50.0).table()).contains("every dispatch handed over").contains("50.00 s");
        assertThat(report(50.0).table())
                .contains("the last of them on LOUDSPEAKER")
                .contains("1.20 s");
    }

    @Test
    void withARateLimitItComparesTheHandoverWithWhatTheLimitAllows() {
        BenchReport limited = report(110.0, 1_000);

        assertThat(limited.json()).contains("\"rateBoundSeconds\" : 100.2");
        assertThat(limited.table())
                .contains("handover the limits allow")
                .contains("100.20 s")
                .contains("110 %");
        assertThat(report(50.0).table()).doesNotContain("handover the limits allow");
    }
}
