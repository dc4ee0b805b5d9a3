package vn.canhbao.channels.simulator.cbsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.canhbao.channels.simulator.cbsp.CbspVectors.hex;
import static vn.canhbao.channels.simulator.cbsp.CbspVectors.octets;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cells are written as TS 48.008 §3.2.2.27 has them, and cell lists match a BSC's cells in every form. */
class CellGlobalIdTests {

    static final CellGlobalId VIETTEL = CellGlobalId.parse("452-04-1000-401");

    @Test
    void writesTheCgiInBcdWithAFillerForATwoDigitMnc() {
        assertThat(hex(VIETTEL.identity(CellDiscriminator.CGI))).isEqualTo("54f24003e80191");
        assertThat(hex(VIETTEL.identity(CellDiscriminator.LAC_AND_CI))).isEqualTo("03e80191");
        assertThat(hex(VIETTEL.identity(CellDiscriminator.CI))).isEqualTo("0191");
        assertThat(hex(VIETTEL.identity(CellDiscriminator.LAI))).isEqualTo("54f24003e8");
        assertThat(hex(VIETTEL.identity(CellDiscriminator.LAC))).isEqualTo("03e8");
        assertThat(VIETTEL.identity(CellDiscriminator.ALL_IN_BSS)).isEmpty();
    }

    @Test
    void keepsAThreeDigitMnc() {
        CellGlobalId cell = CellGlobalId.parse("310-410-65535-1");

        assertThat(hex(cell.identity(CellDiscriminator.CGI))).isEqualTo("130014ffff0001");
        assertThat(CellGlobalId.fromCgi(cell.identity(CellDiscriminator.CGI), 0))
                .isEqualTo(cell);
        assertThat(cell.toString()).isEqualTo("310-410-65535-1");
    }

    @Test
    void readsBackWhatItWrote() {
        CellList list = CellList.of(List.of(VIETTEL, CellGlobalId.parse("452-04-1000-402")));

        assertThat(hex(list.encode())).isEqualTo("0054f24003e8019154f24003e80192");
        assertThat(CellList.decode(list.encode())).isEqualTo(list);
        assertThat(CellList.decode(list.encode()).cells())
                .containsExactly(VIETTEL, CellGlobalId.parse("452-04-1000-402"));
    }

    @Test
    void aListCoversTheCellsItNamesInAnyForm() {
        CellGlobalId other = CellGlobalId.parse("452-04-2000-401");

        assertThat(CellList.allInBss().covers(VIETTEL)).isTrue();
        assertThat(CellList.decode(octets("0503e8")).covers(VIETTEL)).isTrue();
        assertThat(CellList.decode(octets("0503e8")).covers(other)).isFalse();
        assertThat(CellList.decode(octets("0203e8")).covers(VIETTEL)).isFalse();
        assertThat(CellList.decode(octets("020191")).covers(other)).isTrue();
        assertThat(CellList.of(List.of(VIETTEL)).covers(other)).isFalse();
    }

    @Test
    void refusesMalformedCells() {
        assertThatThrownBy(() -> CellGlobalId.parse("452-04-1000")).hasMessageContaining("MCC-MNC-LAC-CI");
        assertThatThrownBy(() -> CellGlobalId.parse("45-04-1000-1")).hasMessageContaining("MCC");
        assertThatThrownBy(() -> CellGlobalId.parse("452-4-1000-1")).hasMessageContaining("MNC");
        assertThatThrownBy(() -> CellGlobalId.parse("452-04-70000-1")).hasMessageContaining("16-bit");
        assertThatThrownBy(() -> CellList.decode(octets("0054f240"))).hasMessageContaining("has 3 octets");
    }
}
