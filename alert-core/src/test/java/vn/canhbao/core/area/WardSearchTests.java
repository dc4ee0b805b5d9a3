package vn.canhbao.core.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WardSearchTests {

    private final WardDirectory directory = WardDirectory.bundled();

    @ParameterizedTest
    @ValueSource(strings = {"cao minh", "xa cao minh", "Xã Cao Minh", "XÃ CAO MINH", "  cao   Minh ", "cao min"})
    void findsAWardWithOrWithoutDiacriticsCaseOrType(String query) {
        assertThat(directory.search(query, 5)).extracting(Ward::code).first().isEqualTo("01879");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ea hleo", "ea h'leo", "Ea H’Leo"})
    void findsNamesWithApostrophesHoweverTheyAreTyped(String query) {
        assertThat(directory.search(query, 5)).extracting(Ward::name).containsExactly("Xã Ea H’Leo");
    }

    @Test
    void findsNamesakesAcrossProvincesInCodeOrder() {
        assertThat(directory.search("bach dang", 10))
                .extracting(Ward::code, Ward::name, Ward::provinceCode)
                .containsExactly(tuple("01708", "Xã Bạch Đằng", "04"), tuple("11473", "Phường Bạch Đằng", "31"));
        assertThat(directory.search("hoa binh", 10))
                .extracting(Ward::code)
                .containsExactly("04795", "11533", "27211", "29830", "31891");
        assertThat(directory.search("phuong bach dang", 10))
                .extracting(Ward::code)
                .containsExactly("11473");
    }

    @Test
    void ranksExactNamesThenPrefixesThenContains() {
        assertThat(directory.search("an phu", 12))
                .extracting(Ward::name)
                .containsExactly(
                        // exact, by code
                        "Xã An Phú",
                        "Xã An Phú",
                        "Phường An Phú",
                        "Phường An Phú",
                        "Xã An Phú",
                        // starting with the query, by code
                        "Xã An Phước",
                        "Phường An Phú Đông",
                        "Xã An Phú Tân",
                        "Xã An Phước",
                        // containing it, by code
                        "Phường Xuân Phương",
                        "Xã Trần Phú",
                        "Phường Văn Phú");
    }

    @Test
    void returnsAtMostTheLimit() {
        assertThat(directory.search("thanh", 7)).hasSize(7);
        assertThat(directory.search("thanh", 1000)).hasSizeLessThan(1000).hasSizeGreaterThan(100);
    }

    @Test
    void findsNothingForABlankOrUnknownQuery() {
        assertThat(directory.search("   ", 10)).isEmpty();
        assertThat(directory.search("khong co xa nao ten nay", 10)).isEmpty();
    }

    @Test
    void rejectsALimitBelowOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> directory.search("cao minh", 0));
    }
}
