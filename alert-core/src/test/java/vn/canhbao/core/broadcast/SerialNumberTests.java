package vn.canhbao.core.broadcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.canhbao.core.alert.AlertId;

/** The 16 bits of a CBS serial number: scope, message code, update number (3GPP TS 23.041 §9.4.1.2.1). */
class SerialNumberTests {

    private static final AlertId FIRST = AlertId.parse("6f1c2a3e-8d4b-4c1e-9a7f-0b2c3d4e5f60");

    @Test
    void bitsAreScopeThenCodeThenUpdate() {
        SerialNumber serial = new SerialNumber(GeographicalScope.LOCATION_AREA_WIDE, 0x2A5, 9);

        assertThat(serial.encoded()).isEqualTo(0b10_1010100101_1001);
        assertThat(new SerialNumber(GeographicalScope.CELL_WIDE, 1023, 15).encoded())
                .isEqualTo(0xFFFF);
        assertThat(new SerialNumber(GeographicalScope.CELL_WIDE_IMMEDIATE, 0, 0).encoded())
                .isZero();
        assertThat(new SerialNumber(GeographicalScope.PLMN_WIDE, 0, 1).encoded())
                .isEqualTo(0x4001);
    }

    @Test
    void decodeUndoesEncode() {
        for (int value = 0; value <= 0xFFFF; value += 97) {
            assertThat(SerialNumber.decode(value).encoded()).isEqualTo(value);
        }
        assertThat(SerialNumber.decode(0x8A59))
                .isEqualTo(new SerialNumber(GeographicalScope.LOCATION_AREA_WIDE, 0xA5, 9));
    }

    @Test
    void aWarningKeepsItsCodeAndEachUpdateRaisesTheNumberWrappingAt16() {
        SerialNumber first = SerialNumber.first(FIRST);

        assertThat(first.scope()).isEqualTo(GeographicalScope.LOCATION_AREA_WIDE);
        assertThat(first.updateNumber()).isZero();
        assertThat(first.messageCode()).isEqualTo(FIRST.value().hashCode() & 0x3FF);
        assertThat(first.nextUpdate()).isEqualTo(new SerialNumber(first.scope(), first.messageCode(), 1));
        SerialNumber fifteen = SerialNumber.afterUpdates(FIRST, 15);
        assertThat(fifteen.updateNumber()).isEqualTo(15);
        assertThat(fifteen.nextUpdate().updateNumber()).isZero();
        assertThat(SerialNumber.afterUpdates(FIRST, 17)).isEqualTo(first.nextUpdate());
    }

    @Test
    void theMessageCodeIsStableAndSpread() {
        assertThat(SerialNumber.messageCode(AlertId.parse(FIRST.toString())))
                .isEqualTo(SerialNumber.messageCode(FIRST));
        long distinct = java.util.stream.IntStream.range(0, 2000)
                .map(i -> SerialNumber.messageCode(AlertId.forBulletinAndWard(new UUID(0, i), "01879")))
                .distinct()
                .count();
        assertThat(distinct).isGreaterThan(800); // of 1,024: no clustering
    }

    @Test
    void refusesValuesOutsideTheirBits() {
        assertThatThrownBy(() -> new SerialNumber(GeographicalScope.CELL_WIDE, 1024, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SerialNumber(GeographicalScope.CELL_WIDE, 0, 16))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SerialNumber.decode(0x10000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GeographicalScope.of(4)).isInstanceOf(IllegalArgumentException.class);
    }
}
