package vn.canhbao.core.alert;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The disaster types of Law 33/2013/QH13 Art. 3 and Decision 18/2021/QĐ-TTg, with the codes of the Vietnamese CAP
 * profile ({@code <eventCode><valueName>LOAI_THIEN_TAI</valueName>}). The Vietnamese name is what residents read.
 */
public enum Hazard {
    BAO("Bão", "Met"),
    ATND("Áp thấp nhiệt đới", "Met"),
    MUA_LON("Mưa lớn", "Met"),
    LU("Lũ", "Met"),
    LU_QUET("Lũ quét", "Met"),
    SAT_LO_DAT("Sạt lở đất", "Geo"),
    SUT_LUN_DAT("Sụt lún đất", "Geo"),
    NGAP_LUT("Ngập lụt", "Met"),
    NUOC_DANG("Nước dâng", "Met"),
    XAM_NHAP_MAN("Xâm nhập mặn", "Env"),
    NANG_NONG("Nắng nóng", "Met"),
    HAN_HAN("Hạn hán", "Env"),
    RET_HAI("Rét hại", "Met"),
    SUONG_MUOI("Sương muối", "Met"),
    GIO_MANH_TREN_BIEN("Gió mạnh trên biển", "Met"),
    SUONG_MU("Sương mù", "Met"),
    LOC_SET_MUA_DA("Lốc, sét, mưa đá", "Met"),
    DONG_DAT("Động đất", "Geo"),
    SONG_THAN("Sóng thần", "Geo"),
    XA_LU_HO_CHUA("Xả lũ hồ chứa", "Safety"),
    CHAY_RUNG("Cháy rừng", "Fire"),
    KHAC("Thiên tai khác", "Other");

    /** The CAP {@code eventCode} value name that carries these codes. */
    public static final String EVENT_CODE_NAME = "LOAI_THIEN_TAI";

    private final String vietnameseName;
    private final String capCategory;

    Hazard(String vietnameseName, String capCategory) {
        this.vietnameseName = vietnameseName;
        this.capCategory = capCategory;
    }

    /** The profile code, e.g. {@code LU_QUET}. */
    public String code() {
        return name();
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    /** The CAP 1.2 {@code <category>} this hazard is usually published under. */
    public String capCategory() {
        return capCategory;
    }

    public static Optional<Hazard> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(h -> h.name().equals(wanted)).findFirst();
    }
}
