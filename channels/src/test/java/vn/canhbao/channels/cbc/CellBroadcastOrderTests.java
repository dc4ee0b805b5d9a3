package vn.canhbao.channels.cbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.canhbao.core.broadcast.GeographicalScope;
import vn.canhbao.core.broadcast.SerialNumber;

class CellBroadcastOrderTests {

    static final SerialNumber FIRST = new SerialNumber(GeographicalScope.LOCATION_AREA_WIDE, 517, 0);

    @Test
    void aWriteIsWrittenWithTheSerialNumbersValueAndReadBack() {
        CellBroadcastOrder order = CellBroadcastOrder.write("01879", 4371, FIRST, null);

        assertThat(order.format()).isEqualTo("cbs:01879:write:4371:" + (2 << 14 | 517 << 4));
        assertThat(CellBroadcastOrder.parse(order.format())).isEqualTo(order);
        assertThat(order.replaces()).isFalse();
    }

    @Test
    void anUpdateOnAnotherIdentifierNamesTheOneItReplaces() {
        CellBroadcastOrder order = CellBroadcastOrder.write("01879", 4371, FIRST.nextUpdate(), 4375);

        assertThat(order.format()).endsWith(":4375");
        assertThat(CellBroadcastOrder.parse(order.format())).isEqualTo(order);
        assertThat(order.replaces()).isTrue();
        assertThat(CellBroadcastOrder.write("01879", 4371, FIRST.nextUpdate(), null)
                        .replaces())
                .as("an Update on the same identifier replaces it too")
                .isTrue();
    }

    @Test
    void aKillIsReadBack() {
        CellBroadcastOrder order = CellBroadcastOrder.kill("11473", 4381, FIRST.nextUpdate());

        assertThat(CellBroadcastOrder.parse(order.format())).isEqualTo(order);
        assertThat(order.operation()).isEqualTo(CellBroadcastOrder.Operation.KILL);
        assertThat(order.replaces()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "loa-01879-1",
                "cbs:01879:write:4371",
                "cbs:1879:write:4371:100",
                "cbs:01879:play:4371:100",
                "cbs:01879:write:x:100",
                "cbs:01879:write:70000:100",
                "cbs:01879:write:4371:70000",
                "cbs:01879:kill:4371:100:4372",
                "cbs:01879:write:4371:100:4371"
            })
    void anythingElseIsRefusedWithTheReason(String address) {
        assertThatThrownBy(() -> CellBroadcastOrder.parse(address))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("null");
    }

    @Test
    void theRefusalNamesTheForm() {
        assertThatThrownBy(() -> CellBroadcastOrder.parse("loa-01879-1"))
                .hasMessageContaining("cbs:<ward>:write|kill:<identifier>:<serial>");
    }
}
