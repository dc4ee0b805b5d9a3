package vn.canhbao.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchArgumentsTests {

    @Test
    void defaultsToAHundredThousandResidentsAndAFileNamedAfterThem() {
        BenchArguments a = BenchArguments.parse(new String[0]);

        assertThat(a.residents()).isEqualTo(100_000);
        assertThat(a.out()).isEqualTo(Path.of("bench-100000.json"));
        assertThat(a.latencyMillis()).isEqualTo(50);
        assertThat(a.timeout()).isEqualTo(Duration.ofSeconds(300));
        assertThat(a.rate()).as("no rate limit of our own below the simulators").isNull();
        assertThat(a.gatewayProperties()).isEmpty();
    }

    @Test
    void readsEveryOptionAndPassesGatewayPropertiesThrough() {
        BenchArguments a = BenchArguments.parse(new String[] {
            "--residents", "300_000",
            "--out", "x.json",
            "--latency-ms", "0",
            "--timeout-seconds", "60",
            "--ceiling-seconds", "5",
            "--ceiling-in-flight", "100",
            "--rate", "500",
            "--spring.kafka.listener.concurrency=3"
        });

        assertThat(a.residents()).isEqualTo(300_000);
        assertThat(a.out()).isEqualTo(Path.of("x.json"));
        assertThat(a.latencyMillis()).isZero();
        assertThat(a.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(a.ceilingLimit()).isEqualTo(Duration.ofSeconds(5));
        assertThat(a.ceilingInFlight()).isEqualTo(100);
        assertThat(a.rate()).isEqualTo(500);
        assertThat(a.gatewayProperties()).isEqualTo(List.of("--spring.kafka.listener.concurrency=3"));
    }

    @Test
    void refusesWhatItDoesNotKnow() {
        assertThatThrownBy(() -> BenchArguments.parse(new String[] {"--people", "5"}))
                .hasMessageContaining("unknown option --people");
        assertThatThrownBy(() -> BenchArguments.parse(new String[] {"--residents"}))
                .hasMessageContaining("needs a value");
        assertThatThrownBy(() -> BenchArguments.parse(new String[] {"--residents", "0"}))
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> BenchArguments.parse(new String[] {"--residents", "many"}))
                .hasMessageContaining("whole number");
    }

    @Test
    void theRateReachesTheGatewayOnItsCommandLineAboveTheBenchProfile() {
        // Default properties rank below application-bench.yml's own rate; a command-line argument ranks above it.
        BenchArguments a = BenchArguments.parse(new String[] {"--rate", "400", "--spring.x=y"});

        assertThat(BenchCommand.gatewayArguments(a))
                .containsExactly("--spring.x=y", "--canhbao.bench.messages-per-second=400");
    }
}
