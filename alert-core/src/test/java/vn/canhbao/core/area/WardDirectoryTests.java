package vn.canhbao.core.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.canhbao.core.text.VietnameseText;

class WardDirectoryTests {

    private final WardDirectory directory = WardDirectory.bundled();

    @Test
    void holdsThe34ProvincesOfResolution202InCodeOrder() {
        assertThat(directory.provinces())
                .extracting(Province::code)
                .containsExactly(
                        "01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24", "25", "31", "33", "37", "38",
                        "40", "42", "44", "46", "48", "51", "52", "56", "66", "68", "75", "79", "80", "82", "86", "91",
                        "92", "96");
    }

    @Test
    void holds3321WardsOfWhich2621Xa687Phuong13DacKhu() {
        Map<WardType, Long> byType = directory.provinces().stream()
                .flatMap(province -> directory.wardsOf(province.code()).stream())
                .collect(Collectors.groupingBy(Ward::type, Collectors.counting()));

        assertThat(directory.wardCount()).isEqualTo(3321);
        assertThat(byType)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(WardType.XA, 2621L, WardType.PHUONG, 687L, WardType.DAC_KHU, 13L));
    }

    @Test
    void findsTheSeedWardsAndTheirProvinces() {
        assertThat(directory.ward("11473")).contains(new Ward("11473", "Phường Bạch Đằng", "31", WardType.PHUONG));
        assertThat(directory.province("31")).contains(new Province("31", "Thành phố Hải Phòng", "Hải Phòng"));
        assertThat(directory.ward("01879")).contains(new Ward("01879", "Xã Cao Minh", "19", WardType.XA));
        assertThat(directory.province("19")).contains(new Province("19", "Thái Nguyên", "Thái Nguyên"));
        assertThat(directory.ward("11914")).contains(new Ward("11914", "Đặc khu Cát Hải", "31", WardType.DAC_KHU));
    }

    @Test
    void listsTheWardsOfAProvinceInCodeOrder() {
        assertThat(directory.wardsOf("19"))
                .hasSize(92)
                .allSatisfy(ward -> assertThat(ward.provinceCode()).isEqualTo("19"))
                .isSortedAccordingTo((a, b) -> a.code().compareTo(b.code()))
                .extracting(Ward::code)
                .contains("01879");
    }

    @Test
    void putsEveryWardInAKnownProvinceAndEveryProvinceHasWards() {
        Map<String, Province> provinces =
                directory.provinces().stream().collect(Collectors.toMap(Province::code, Function.identity()));
        int listed = 0;
        for (Province province : provinces.values()) {
            assertThat(directory.wardsOf(province.code())).as(province.name()).isNotEmpty();
            for (Ward ward : directory.wardsOf(province.code())) {
                assertThat(provinces).containsKey(ward.provinceCode());
                assertThat(directory.ward(ward.code())).contains(ward);
                assertThat(ward.code()).matches("\\d{5}");
                listed++;
            }
        }
        assertThat(listed).isEqualTo(directory.wardCount());
    }

    @Test
    void givesEveryWardNameAnAsciiFormForSms() {
        directory.provinces().stream()
                .flatMap(province -> directory.wardsOf(province.code()).stream())
                .forEach(ward -> assertThat(VietnameseText.withoutDiacritics(ward.name()))
                        .as(ward.name())
                        .matches("[A-Za-z0-9 .'()-]+"));
    }

    @Test
    void findsNothingForUnknownCodes() {
        assertThat(directory.province("99")).isEmpty();
        assertThat(directory.province("1")).isEmpty();
        assertThat(directory.ward("99999")).isEmpty();
        assertThat(directory.ward("1879")).isEmpty();
        assertThat(directory.ward("")).isEmpty();
        assertThat(directory.wardsOf("99")).isEmpty();
    }

    @Test
    void loadsTheBundledDataQuickly() {
        // The budget is 200 ms; the bound here is looser so a busy build machine does not fail the build.
        long start = System.nanoTime();
        WardDirectory fresh = WardDirectory.loadBundled();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(fresh.wardCount()).isEqualTo(3321);
        assertThat(took).isLessThan(Duration.ofSeconds(2));
    }
}
