package vn.canhbao.core.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.canhbao.core.cap.CapSamples.flashFloodWith;
import static vn.canhbao.core.cap.CapSamples.problems;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules on {@code <area>}: description, polygons, circles and heights. */
class CapAreaValidationTests {

    private static final String POLYGON =
            "<polygon>22.40,105.80 22.40,105.90 22.30,105.90 22.30,105.80 22.40,105.80</polygon>";
    private static final String SECOND_POLYGON = "/alert/info[1]/area[1]/polygon[2]";

    private static String withSecondPolygon(String text) {
        return flashFloodWith(POLYGON, POLYGON + "<polygon>" + text + "</polygon>");
    }

    private static String withCircle(String text) {
        return flashFloodWith(POLYGON, POLYGON + "<circle>" + text + "</circle>");
    }

    @Test
    void anAreaNeedsADescription() {
        assertThat(problems(flashFloodWith("<areaDesc>Xã Cao Minh, tỉnh Thái Nguyên</areaDesc>", "")))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("/alert/info[1]/area[1]/areaDesc");
                    assertThat(p.message()).contains("The area has no <areaDesc>");
                });
    }

    @Test
    void aPolygonWithFewerThanFourPointsIsRefused() {
        assertThat(problems(withSecondPolygon("22.40,105.80 22.40,105.90 22.40,105.80")))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo(SECOND_POLYGON);
                    assertThat(p.message()).contains("<polygon> has 3 points", "at least 4");
                });
    }

    @Test
    void anOpenPolygonIsRefused() {
        assertThat(problems(withSecondPolygon("22.40,105.80 22.40,105.90 22.30,105.90 22.30,105.80")))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo(SECOND_POLYGON);
                    assertThat(p.message()).contains("<polygon> is not closed", "22.4,105.8", "22.3,105.8");
                });
    }

    @Test
    void anEmptyPolygonIsRefused() {
        assertThat(problems(withSecondPolygon(""))).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(SECOND_POLYGON);
            assertThat(p.message()).contains("<polygon> is empty");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"22.40;105.90", "22.40,105.90,", "22.40, 105.90", "vĩ độ,kinh độ", "1e2,105"})
    void aMalformedPolygonPointIsRefused(String point) {
        String text = "22.40,105.80 " + point + " 22.30,105.90 22.30,105.80 22.40,105.80";

        assertThat(problems(withSecondPolygon(text))).first().satisfies(p -> {
            assertThat(p.path()).isEqualTo(SECOND_POLYGON);
            assertThat(p.message()).contains("Point 2 of the <polygon>", "lat,lon");
        });
    }

    @Test
    void aPolygonPointOutOfRangeIsRefused() {
        String swapped = "105.80,22.40 105.90,22.40 105.90,22.30 105.80,22.30 105.80,22.40";

        assertThat(problems(withSecondPolygon(swapped)))
                .extracting(CapProblem::path)
                .containsOnly(SECOND_POLYGON);
        assertThat(problems(withSecondPolygon(swapped)).getFirst().message())
                .contains("Point 1 of the <polygon>", "latitude 105.8", "latitude comes before longitude");
        assertThat(problems(withSecondPolygon("22.4,185 22.4,186 22.3,186 22.4,185"))
                        .getFirst()
                        .message())
                .contains("longitude 185");
    }

    @Test
    void aMalformedCircleIsRefused() {
        assertThat(problems(withCircle("22.35,105.85"))).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/alert/info[1]/area[1]/circle[1]");
            assertThat(p.message()).contains("<circle>", "lat,lon radius");
        });
    }

    @Test
    void aNegativeCircleRadiusIsRefused() {
        assertThat(problems(withCircle("22.35,105.85 -3"))).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/alert/info[1]/area[1]/circle[1]");
            assertThat(p.message()).contains("<circle> radius -3", "negative");
        });
    }

    @Test
    void aCircleCentreOutOfRangeIsRefused() {
        assertThat(problems(withCircle("95,105.85 3"))).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/alert/info[1]/area[1]/circle[1]");
            assertThat(p.message()).contains("centre of the <circle>", "latitude 95");
        });
    }

    @Test
    void aCeilingNeedsAnAltitudeAndHeightsMustBeNumbers() {
        assertThat(problems(flashFloodWith(POLYGON, POLYGON + "<ceiling>1500</ceiling>")))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("/alert/info[1]/area[1]/ceiling");
                    assertThat(p.message()).contains("<ceiling> but no <altitude>");
                });
        assertThat(problems(flashFloodWith(POLYGON, POLYGON + "<altitude>600 m</altitude>")))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("/alert/info[1]/area[1]/altitude");
                    assertThat(p.message()).contains("<altitude>", "600 m");
                });
    }
}
