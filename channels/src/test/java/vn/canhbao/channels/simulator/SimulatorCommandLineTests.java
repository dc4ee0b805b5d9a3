package vn.canhbao.channels.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** The command line every standalone simulator reads: the common options and a simulator's own. */
class SimulatorCommandLineTests {

    @Test
    void readsCommonAndOwnOptionsWithTheirDefaults() {
        SimulatorCommandLine line = SimulatorCommandLine.withPort(8091)
                .option("--clusters", "a,b")
                .option("--callback-secret", null)
                .parse(new String[] {"--bind", "0.0.0.0", "--clusters", "any", "--latency-ms", "30"});

        assertThat(line.port()).isEqualTo(8091);
        assertThat(line.latencyMillis()).isEqualTo(30);
        assertThat(line.failureRate()).isZero();
        assertThat(line.bindAddress()).isEqualTo("0.0.0.0");
        assertThat(line.value("--clusters")).isEqualTo("any");
        assertThat(line.value("--callback-secret")).isNull();
    }

    @Test
    void refusesAnotherSimulatorsOption() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SimulatorCommandLine.withPort(8090)
                        .option("--project", "p")
                        .parse(new String[] {"--account-sid", "AC1"}))
                .withMessageContaining("unknown option --account-sid")
                .withMessageContaining("--project");
    }

    @Test
    void refusesAnOptionWithoutItsValue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SimulatorCommandLine.withPort(8089).parse(new String[] {"--port"}))
                .withMessageContaining("needs a value");
    }
}
