package vn.canhbao.gateway.ack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.canhbao.core.message.SmsEncoding;
import vn.canhbao.core.message.SmsSegments;

/**
 * A leader's không-dấu SMS stays GSM-7 with its confirmation line: "Đã nhận" would have made the whole text Unicode,
 * two segments of 153 characters becoming four of 67 (#14).
 */
class AckLinkAlphabetTests {

    private static final String LINK = "http://localhost:8080/n/qcQMablPPXuk_Ppx1eJ4mAH5YvwPlQ";

    @Test
    void aKhongDauSmsGetsItsConfirmationLineWithoutDiacriticsAndStaysGsm7() {
        String sms = "CANH BAO LU QUET: Nguy co lu quet tai Xa Cao Minh. Cap do rui ro 3. Di chuyen ngay."
                + " Ma tin J477FS, phat luc 23:09 04/12.";

        String withLink = sms + "\n" + AckLinks.inAlphabetOf(sms, "Đã nhận, bấm: ") + LINK;

        assertThat(withLink).endsWith("\nDa nhan, bam: " + LINK);
        assertThat(SmsSegments.encoding(withLink)).isEqualTo(SmsEncoding.GSM_7);
    }

    @Test
    void anSmsWithDiacriticsKeepsThem() {
        String sms = "CẢNH BÁO LŨ QUÉT: Nguy cơ lũ quét tại Xã Cao Minh. Mã tin J477FS, phát lúc 23:09 04/12.";

        assertThat(AckLinks.inAlphabetOf(sms, "Đã nhận, bấm: ")).isEqualTo("Đã nhận, bấm: ");
        assertThat(AckLinks.inAlphabetOf(sms, "NHẮC LẠI, chưa thấy xác nhận. "))
                .isEqualTo("NHẮC LẠI, chưa thấy xác nhận. ");
    }
}
