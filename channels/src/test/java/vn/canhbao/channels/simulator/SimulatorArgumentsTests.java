package vn.canhbao.channels.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SimulatorArgumentsTests {

    @Test
    void readsTheCommandLine() {
        SimulatorArguments arguments = SimulatorArguments.parse(new String[] {
            "--port", "9090", "--latency-ms", "40", "--account-sid", "AC1", "--auth-token", "t", "--failure-rate", "0.1"
        });

        assertThat(arguments).isEqualTo(new SimulatorArguments(9090, 40, 0.1, "AC1", "t", "127.0.0.1"));
    }

    @Test
    void defaultsToPort8089AndTheDefaultAccount() {
        assertThat(SimulatorArguments.parse(new String[0]))
                .isEqualTo(new SimulatorArguments(
                        8089,
                        0,
                        0,
                        TwilioSimulator.DEFAULT_ACCOUNT_SID,
                        TwilioSimulator.DEFAULT_AUTH_TOKEN,
                        "127.0.0.1"));
    }

    @Test
    void refusesUnknownOptions() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SimulatorArguments.parse(new String[] {"--prot", "1"}))
                .withMessageContaining("unknown option --prot");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SimulatorArguments.parse(new String[] {"--port"}))
                .withMessageContaining("needs a value");
    }
}
