package vn.canhbao.core.message;

import java.util.List;
import java.util.Optional;
import vn.canhbao.core.alert.Hazard;

/**
 * A ready-made warning for a hazard, so a duty officer at 2 a.m. starts from words that were thought through in
 * daylight: a headline naming the place, and what people must do. {@code {noi}} stands for the ward's name.
 *
 * @param riskLevel the level the template suggests; the officer changes it to what the forecast says
 */
public record HazardTemplate(Hazard hazard, int riskLevel, String headline, String instruction) {

    /** What stands in a template for the ward's name. */
    public static final String PLACE = "{noi}";

    private static final List<HazardTemplate> ALL = List.of(
            new HazardTemplate(
                    Hazard.LU_QUET,
                    4,
                    "Nguy cơ lũ quét tại {noi} trong vài giờ tới",
                    "Rời ngay khỏi ven suối, khe, ngầm tràn. Không qua suối, không vớt củi. Đưa người già, trẻ em"
                            + " lên nơi cao an toàn theo hướng dẫn của tổ trưởng."),
            new HazardTemplate(
                    Hazard.SAT_LO_DAT,
                    3,
                    "Nguy cơ sạt lở đất tại {noi}",
                    "Hộ ở chân taluy, sườn đồi, ven sông di dời ngay đến điểm sơ tán. Khi thấy nứt đất, nước đục"
                            + " chảy ra từ sườn đồi, cây nghiêng: rời đi ngay và báo tổ trưởng."),
            new HazardTemplate(
                    Hazard.BAO,
                    4,
                    "Bão sắp ảnh hưởng trực tiếp đến {noi}",
                    "Chằng chống nhà cửa, hạ cây dễ đổ. Tàu thuyền vào nơi tránh trú. Hộ ở nhà yếu, ven biển di"
                            + " dời đến điểm sơ tán trước khi gió mạnh. Không ra ngoài khi bão đổ bộ."),
            new HazardTemplate(
                    Hazard.NGAP_LUT,
                    3,
                    "Nguy cơ ngập lụt tại {noi}",
                    "Kê cao đồ đạc, di chuyển người và tài sản lên nơi cao. Không đi qua chỗ nước chảy xiết,"
                            + " ngắt điện khi nước vào nhà."),
            new HazardTemplate(
                    Hazard.LU,
                    3,
                    "Lũ trên sông đang lên, ảnh hưởng {noi}",
                    "Hộ ven sông, vùng trũng chuẩn bị di dời. Không đánh bắt cá, vớt củi trên sông. Theo dõi loa"
                            + " và tổ trưởng."),
            new HazardTemplate(
                    Hazard.XA_LU_HO_CHUA,
                    3,
                    "Hồ chứa xả lũ, nước sông dâng nhanh qua {noi}",
                    "Không ở ven sông, bãi bồi, ngầm tràn. Đưa người, gia súc, thuyền lên nơi cao ngay."),
            new HazardTemplate(
                    Hazard.MUA_LON,
                    3,
                    "Mưa lớn tại {noi}, nguy cơ ngập úng và sạt lở",
                    "Hạn chế ra ngoài. Không đi qua ngầm tràn, chỗ nước chảy xiết. Hộ ven suối, chân đồi sẵn sàng"
                            + " di dời."),
            new HazardTemplate(
                    Hazard.RET_HAI,
                    2,
                    "Rét đậm, rét hại tại {noi}",
                    "Giữ ấm cho người già, trẻ nhỏ. Không đốt than sưởi trong phòng kín. Che chắn chuồng trại,"
                            + " không thả gia súc lên núi."),
            new HazardTemplate(
                    Hazard.NANG_NONG,
                    2,
                    "Nắng nóng gay gắt tại {noi}",
                    "Tránh làm việc ngoài trời từ 11 giờ đến 16 giờ. Uống đủ nước, chú ý người già và trẻ nhỏ."
                            + " Phòng chống cháy nổ, cháy rừng."),
            new HazardTemplate(
                    Hazard.LOC_SET_MUA_DA,
                    2,
                    "Dông, lốc, sét, mưa đá có thể xảy ra tại {noi}",
                    "Vào nhà kiên cố, tránh trú dưới cây to và cột điện. Không ra đồng, ra sông khi có dông."));

    /** Every template, in the order the console offers them: the fastest killers first. */
    public static List<HazardTemplate> all() {
        return ALL;
    }

    public static Optional<HazardTemplate> of(Hazard hazard) {
        return ALL.stream().filter(t -> t.hazard() == hazard).findFirst();
    }

    /** The headline for a place, e.g. "Xã Cao Minh". */
    public String headlineFor(String place) {
        return headline.replace(PLACE, place);
    }
}
