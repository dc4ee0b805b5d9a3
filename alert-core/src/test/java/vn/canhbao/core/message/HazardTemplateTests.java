package vn.canhbao.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.canhbao.core.alert.Hazard;
import vn.canhbao.core.alert.RiskLevel;

class HazardTemplateTests {

    @Test
    void offersTheHazardsAWardOfficerReachesForFirst() {
        assertThat(HazardTemplate.all())
                .extracting(HazardTemplate::hazard)
                .startsWith(Hazard.LU_QUET, Hazard.SAT_LO_DAT, Hazard.BAO, Hazard.NGAP_LUT)
                .contains(Hazard.XA_LU_HO_CHUA, Hazard.RET_HAI, Hazard.NANG_NONG)
                .doesNotHaveDuplicates();
    }

    @Test
    void everyTemplateNamesThePlaceAndHasAValidLevel() {
        for (HazardTemplate t : HazardTemplate.all()) {
            assertThat(t.headline()).as(t.hazard().code()).contains(HazardTemplate.PLACE);
            assertThat(RiskLevel.of(t.riskLevel())).as(t.hazard().code()).isPresent();
            assertThat(t.instruction()).as(t.hazard().code()).isNotBlank().doesNotContain(HazardTemplate.PLACE);
        }
    }

    @Test
    void fillsInTheWardName() {
        HazardTemplate flashFlood = HazardTemplate.of(Hazard.LU_QUET).orElseThrow();
        assertThat(flashFlood.headlineFor("Xã Cao Minh"))
                .isEqualTo("Nguy cơ lũ quét tại Xã Cao Minh trong vài giờ tới");
        assertThat(HazardTemplate.of(Hazard.DONG_DAT)).isEmpty();
    }
}
