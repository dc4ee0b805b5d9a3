package vn.canhbao.core.area;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WardResolutionTests {

    private final WardDirectory directory = WardDirectory.bundled();

    @Test
    void resolvesACurrentCodeToItsWard() {
        assertThat(directory.resolve("01879")).map(Ward::name).contains("Xã Cao Minh");
    }

    @Test
    void resolvesAnOldCodeToTheWardThatAbsorbedIt() {
        // Mapping rows: 01867 Xã Công Bằng (Huyện Pác Nặm, Tỉnh Bắc Kạn) → 01879 Xã Cao Minh (Thái Nguyên);
        // 11500 Xã Bạch Đằng (Thành phố Thuỷ Nguyên, Hải Phòng) → 11473 Phường Bạch Đằng.
        assertThat(directory.ward("01867")).isEmpty();
        assertThat(directory.resolve("01867")).map(Ward::code).contains("01879");
        assertThat(directory.ward("11500")).isEmpty();
        assertThat(directory.resolve("11500")).map(Ward::code).contains("11473");
        assertThat(directory.resolve("00013")).map(Ward::name).contains("Phường Ba Đình");
    }

    @Test
    void prefersTheCurrentCodeWhenACodeIsAlsoAnOldOne() {
        // 23737 is today's Xã Ia Mơ; the old Xã Ia Mơ Nông also had 23737 and went to 23734 Xã Ia Ly.
        assertThat(directory.resolve("23737")).map(Ward::name).contains("Xã Ia Mơ");
        assertThat(directory.resolveGeocode("23737")).extracting(Ward::name).containsExactly("Xã Ia Mơ");
    }

    @Test
    void resolvesAProvinceGeocodeToAllItsWards() {
        assertThat(directory.resolveGeocode("31"))
                .isNotEmpty()
                .isEqualTo(directory.wardsOf("31"))
                .allSatisfy(ward -> assertThat(ward.provinceCode()).isEqualTo("31"))
                .extracting(Ward::code)
                .contains("11473");
        assertThat(directory.resolveGeocode(" 19 ")).hasSize(92);
    }

    @Test
    void resolvesAWardGeocodeCurrentOrOld() {
        assertThat(directory.resolveGeocode("11473")).extracting(Ward::name).containsExactly("Phường Bạch Đằng");
        assertThat(directory.resolveGeocode("01867")).extracting(Ward::name).containsExactly("Xã Cao Minh");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", " ", "99", "02", "99999", "1879", "019", "0187", "018790", "31-11473", "abcde", "VN-31"})
    void resolvesUnknownOrMalformedGeocodesToNothing(String geocode) {
        assertThat(directory.resolveGeocode(geocode)).isEmpty();
        assertThat(directory.resolve(geocode)).isEmpty();
    }
}
