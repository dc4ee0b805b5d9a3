package vn.canhbao.channels.simulator.cbsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Serial numbers pack as TS 23.041 §9.4.1.2.1 says. */
class SerialNumberTests {

    @Test
    void serialNumbersPackScopeCodeAndUpdate() {
        SerialNumber serial = new SerialNumber(SerialNumber.CELL_WIDE_IMMEDIATE, 17, 0);

        assertThat(serial.value()).isEqualTo(0x0110);
        assertThat(SerialNumber.of(0xfff5)).isEqualTo(new SerialNumber(SerialNumber.CELL_WIDE, 0x3ff, 5));
        assertThat(serial.nextUpdate().value()).isEqualTo(0x0111);
        assertThat(new SerialNumber(1, 1, 15).nextUpdate().updateNumber()).isZero();
        assertThatThrownBy(() -> new SerialNumber(0, 1024, 0)).hasMessageContaining("message code");
    }
}
