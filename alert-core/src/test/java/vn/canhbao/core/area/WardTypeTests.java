package vn.canhbao.core.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class WardTypeTests {

    @Test
    void readsTheTypeFromTheNamePrefix() {
        assertThat(WardType.ofName("Xã Cao Minh")).isEqualTo(WardType.XA);
        assertThat(WardType.ofName("Phường Bạch Đằng")).isEqualTo(WardType.PHUONG);
        assertThat(WardType.ofName("Đặc khu Cát Hải")).isEqualTo(WardType.DAC_KHU);
        assertThat(WardType.DAC_KHU.vietnameseName()).isEqualTo("Đặc khu");
    }

    @Test
    void rejectsANameWithoutAType() {
        assertThatIllegalArgumentException().isThrownBy(() -> WardType.ofName("Thị trấn Minh Đức"));
        assertThatIllegalArgumentException().isThrownBy(() -> WardType.ofName("Xãhội"));
    }
}
