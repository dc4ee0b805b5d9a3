package vn.canhbao.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a à á ả ã ạ | a a a a a a
            ă ằ ắ ẳ ẵ ặ | a a a a a a
            â ầ ấ ẩ ẫ ậ | a a a a a a
            e è é ẻ ẽ ẹ | e e e e e e
            ê ề ế ể ễ ệ | e e e e e e
            i ì í ỉ ĩ ị | i i i i i i
            o ò ó ỏ õ ọ | o o o o o o
            ô ồ ố ổ ỗ ộ | o o o o o o
            ơ ờ ớ ở ỡ ợ | o o o o o o
            u ù ú ủ ũ ụ | u u u u u u
            ư ừ ứ ử ữ ự | u u u u u u
            y ỳ ý ỷ ỹ ỵ | y y y y y y
            A À Á Ả Ã Ạ | A A A A A A
            Ă Ằ Ắ Ẳ Ẵ Ặ | A A A A A A
            Â Ầ Ấ Ẩ Ẫ Ậ | A A A A A A
            E È É Ẻ Ẽ Ẹ | E E E E E E
            Ê Ề Ế Ể Ễ Ệ | E E E E E E
            I Ì Í Ỉ Ĩ Ị | I I I I I I
            O Ò Ó Ỏ Õ Ọ | O O O O O O
            Ô Ồ Ố Ổ Ỗ Ộ | O O O O O O
            Ơ Ờ Ớ Ở Ỡ Ợ | O O O O O O
            U Ù Ú Ủ Ũ Ụ | U U U U U U
            Ư Ừ Ứ Ử Ữ Ự | U U U U U U
            Y Ỳ Ý Ỷ Ỹ Ỵ | Y Y Y Y Y Y
            đ Đ         | d D
            """)
    void removesEveryToneAndVowelMarkAndMapsDd(String vietnamese, String plain) {
        assertThat(vietnamese).isEqualTo(Normalizer.normalize(vietnamese, Normalizer.Form.NFC));
        assertThat(VietnameseText.withoutDiacritics(vietnamese)).isEqualTo(plain);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Cảnh báo lũ quét, sạt lở đất tại Xã Cao Minh | Canh bao lu quet, sat lo dat tai Xa Cao Minh
            CẢNH BÁO BÃO SỐ 3: GIÓ MẠNH CẤP 12, GIẬT CẤP 15. KHÔNG RA KHƠI! | CANH BAO BAO SO 3: GIO MANH CAP 12, GIAT CAP 15. KHONG RA KHOI!
            Đề nghị người dân Phường Bạch Đằng sơ tán ngay khỏi khu vực ven sông, suối. | De nghi nguoi dan Phuong Bach Dang so tan ngay khoi khu vuc ven song, suoi.
            Mưa lớn 100–200 mm; nguy cơ ngập úng ở vùng trũng thấp (cấp độ rủi ro 3) | Mua lon 100–200 mm; nguy co ngap ung o vung trung thap (cap do rui ro 3)
            Đặc khu Côn Đảo: nước dâng, xâm nhập mặn, rét hại | Dac khu Con Dao: nuoc dang, xam nhap man, ret hai
            Hotline 112 - already plain | Hotline 112 - already plain
            """)
    void removesDiacriticsFromSentencesKeepingCaseAndPunctuation(String vietnamese, String plain) {
        assertThat(VietnameseText.withoutDiacritics(vietnamese)).isEqualTo(plain);
    }

    @Test
    void turnsTypographicApostrophesIntoAsciiOnes() {
        assertThat(VietnameseText.withoutDiacritics("Xã Ea H’Leo, Xã M’Drắk, Phường B'Lao"))
                .isEqualTo("Xa Ea H'Leo, Xa M'Drak, Phuong B'Lao");
    }

    @Test
    void acceptsDecomposedInput() {
        String decomposed = Normalizer.normalize("Sạt lở đất ở Thái Nguyên", Normalizer.Form.NFD);

        assertThat(VietnameseText.withoutDiacritics(decomposed)).isEqualTo("Sat lo dat o Thai Nguyen");
    }

    @Test
    void leavesOtherScriptsAlone() {
        assertThat(VietnameseText.withoutDiacritics("Lũ ở 河内 café")).isEqualTo("Lu o 河内 cafe");
    }

    @Test
    void foldsForSearch() {
        assertThat(VietnameseText.foldForSearch("  Phường   BẠCH\tĐằng \n")).isEqualTo("phuong bach dang");
        assertThat(VietnameseText.foldForSearch("Xã Cao Minh")).isEqualTo("xa cao minh");
        assertThat(VietnameseText.foldForSearch("ĐẶC KHU\u00A0Phú Quốc")).isEqualTo("dac khu phu quoc");
        assertThat(VietnameseText.foldForSearch("Xã Ea H’Leo")).isEqualTo("xa ea hleo");
        assertThat(VietnameseText.foldForSearch("Phường B'Lao")).isEqualTo("phuong blao");
        assertThat(VietnameseText.foldForSearch(" \t ")).isEmpty();
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> VietnameseText.withoutDiacritics(null));
        assertThatNullPointerException().isThrownBy(() -> VietnameseText.foldForSearch(null));
    }
}
