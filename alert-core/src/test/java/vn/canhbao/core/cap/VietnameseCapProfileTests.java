package vn.canhbao.core.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.canhbao.core.cap.CapSamples.flashFloodWith;
import static vn.canhbao.core.cap.CapSamples.problems;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.canhbao.core.alert.Hazard;
import vn.canhbao.core.alert.RiskLevel;
import vn.canhbao.core.alert.Severity;

class VietnameseCapProfileTests {

    private static final String WARD = "<value>01879</value>";
    private static final String LEVEL = "<value>3</value>";
    private static final String HAZARD = "<value>LU_QUET</value>";

    private static CapMessage read(String xml) {
        return CapSamples.read(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsHazardRiskLevelAndCodesOfTheSamples() {
        CapMessage flood = CapSamples.read(CapSamples.FLASH_FLOOD);
        CapMessage storm = CapSamples.read(CapSamples.STORM);

        assertThat(VietnameseCapProfile.hazard(flood.infos().getFirst())).contains(Hazard.LU_QUET);
        assertThat(VietnameseCapProfile.riskLevel(flood.infos().getFirst())).contains(RiskLevel.LEVEL_3);
        assertThat(VietnameseCapProfile.dvhcCodes(flood)).containsExactly("01879");
        assertThat(VietnameseCapProfile.hazard(storm.infos().get(1))).contains(Hazard.BAO);
        assertThat(VietnameseCapProfile.riskLevel(storm.infos().getFirst())).contains(RiskLevel.LEVEL_4);
        assertThat(VietnameseCapProfile.dvhcCodes(storm)).containsExactly("31", "11473");
        assertThat(VietnameseCapProfile.dvhcCodes(
                        storm.infos().getFirst().areas().get(1)))
                .isEmpty();
    }

    @Test
    void withoutARiskLevelTheSeverityGivesIt() {
        CapMessage cancel = CapSamples.read(CapSamples.FLASH_FLOOD_CANCEL);

        assertThat(cancel.infos().getFirst().severity()).isEqualTo(Severity.MINOR);
        assertThat(VietnameseCapProfile.riskLevel(cancel.infos().getFirst())).contains(RiskLevel.LEVEL_1);
    }

    @Test
    void unknownSeverityAndNoRiskLevelGiveNoLevel() {
        String xml = flashFloodWith("<severity>Severe</severity>", "<severity>Unknown</severity>")
                .replace(
                        "<parameter>\n      <valueName>CAP_DO_RUI_RO</valueName>\n      " + LEVEL
                                + "\n    </parameter>",
                        "");

        assertThat(VietnameseCapProfile.riskLevel(read(xml).infos().getFirst())).isEmpty();
    }

    @Test
    void aRiskLevelThatDisagreesWithTheSeverityIsAcceptedAsSent() {
        CapInfo info = read(flashFloodWith(LEVEL, "<value>5</value>")).infos().getFirst();

        assertThat(info.severity()).isEqualTo(Severity.SEVERE);
        assertThat(VietnameseCapProfile.riskLevel(info)).contains(RiskLevel.LEVEL_5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1879", "019", "001879", "Cao Minh", "01 879", "31a"})
    void aDvhcCodeMustHaveTwoOrFiveDigits(String code) {
        assertThat(problems(flashFloodWith(WARD, "<value>" + code + "</value>")))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("/alert/info[1]/area[1]/geocode[1]");
                    assertThat(p.message()).contains("DVHC", code, "2-digit province code", "5-digit ward code");
                });
    }

    @Test
    void provinceAndWardCodesAreAccepted() {
        assertThat(VietnameseCapProfile.dvhcCodes(read(flashFloodWith(WARD, "<value>19</value>"))))
                .containsExactly("19");
        assertThat(VietnameseCapProfile.isProvinceCode("31")).isTrue();
        assertThat(VietnameseCapProfile.isWardCode("11473")).isTrue();
        assertThat(VietnameseCapProfile.isWardCode("31")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "6", "3.5", "cao", "", "III"})
    void aRiskLevelMustBeOneToFive(String level) {
        assertThat(problems(flashFloodWith(LEVEL, "<value>" + level + "</value>")))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("/alert/info[1]/parameter[1]");
                    assertThat(p.message()).contains(RiskLevel.PARAMETER_NAME, "\"" + level + "\"", "1 to 5");
                });
    }

    @Test
    void anUnknownHazardCodeNamesTheAcceptedCodes() {
        assertThat(problems(flashFloodWith(HAZARD, "<value>LU_ONG</value>")))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("/alert/info[1]/eventCode[1]");
                    assertThat(p.message())
                            .contains(Hazard.EVENT_CODE_NAME, "LU_ONG", "LU_QUET", "BAO", "SONG_THAN", "KHAC");
                });
    }

    @Test
    void aSecondHazardOrRiskLevelInOneInfoIsRefused() {
        String secondHazard = "<eventCode><valueName>LOAI_THIEN_TAI</valueName><value>SAT_LO_DAT</value></eventCode>";
        String xml = flashFloodWith("<effective>", secondHazard + "<effective>");

        assertThat(problems(xml)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/alert/info[1]/eventCode[2]");
            assertThat(p.message()).contains("more than one <eventCode> named LOAI_THIEN_TAI");
        });
    }

    @Test
    void otherValueNamesAreNotTheProfilesBusiness() {
        String xml = flashFloodWith("<valueName>DVHC</valueName>", "<valueName>FIPS6</valueName>");

        assertThat(VietnameseCapProfile.dvhcCodes(read(xml))).isEqualTo(List.of());
    }
}
