package vn.canhbao.channels.zalo;

/**
 * Which {@code template_data} keys of the approved ZNS template carry the warning's title, its text and its short
 * reference code. ZNS parameter names are chosen when the template is registered with Zalo; they have no diacritics
 * and use {@code _} between words (https://docs.etelecom.vn/api-etelecom-english/api-integration/zalo-cloud/zalo-cloud-api/send-zns,
 * secondary), hence the Vietnamese defaults below.
 *
 * @param title the key of the title ("tiêu đề"), default {@code tieu_de}
 * @param body the key of the warning text ("nội dung"), default {@code noi_dung}
 * @param code the key of the short alert reference ("mã cảnh báo"), default {@code ma_canh_bao}
 */
public record ZnsTemplateFields(String title, String body, String code) {

    public static final String DEFAULT_TITLE = "tieu_de";
    public static final String DEFAULT_BODY = "noi_dung";
    public static final String DEFAULT_CODE = "ma_canh_bao";

    /** A missing or blank key takes its default. */
    public ZnsTemplateFields {
        title = blank(title) ? DEFAULT_TITLE : title;
        body = blank(body) ? DEFAULT_BODY : body;
        code = blank(code) ? DEFAULT_CODE : code;
    }

    public static ZnsTemplateFields defaults() {
        return new ZnsTemplateFields(null, null, null);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
