package vn.canhbao.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTests {

    @Test
    void numberedGroupsSortByTheirNumberNotTheirDigits() { // #14: groups sorted 1, 10, 11, 2
        List<String> groups = new ArrayList<>(List.of("Tổ 10", "Tổ 2", "Tổ 11", "Tổ 1", "Tổ 3"));
        groups.sort(NaturalOrder.INSTANCE);
        assertThat(groups).containsExactly("Tổ 1", "Tổ 2", "Tổ 3", "Tổ 10", "Tổ 11");
    }

    @Test
    void wordsSortInVietnameseOrderAndNumbersWithinThem() {
        List<String> names = new ArrayList<>(List.of("Thôn Đông 2", "thôn Dương", "Thôn Đông 12", "Ấp 9", "Bản 1"));
        names.sort(NaturalOrder.INSTANCE);
        assertThat(names).containsExactly("Ấp 9", "Bản 1", "thôn Dương", "Thôn Đông 2", "Thôn Đông 12");
    }

    @Test
    void leadingZerosAndVeryLongNumbersCompareByValue() {
        List<String> names = new ArrayList<>(List.of("Tổ 010", "Tổ 9", "Tổ 99999999999999999999", "Tổ 1"));
        names.sort(NaturalOrder.INSTANCE);
        assertThat(names).containsExactly("Tổ 1", "Tổ 9", "Tổ 010", "Tổ 99999999999999999999");
    }
}
