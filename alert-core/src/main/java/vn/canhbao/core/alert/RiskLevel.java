package vn.canhbao.core.alert;

import java.util.Optional;

/**
 * Cấp độ rủi ro thiên tai, levels 1 to 5 of Decision 18/2021/QĐ-TTg Art. 4, with the map colours of its Appendix XII.
 * CAP has no such field: the Vietnamese profile carries it as {@code <parameter>} {@value #PARAMETER_NAME}, and it maps
 * onto CAP {@code severity} (1 Minor, 2 Moderate, 3 Severe, 4 and 5 Extreme).
 */
public enum RiskLevel {
    LEVEL_1(1, "xanh dương nhạt", "#9ED8F0", "rủi ro thấp", Severity.MINOR),
    LEVEL_2(2, "vàng nhạt", "#FFF3A0", "rủi ro trung bình", Severity.MODERATE),
    LEVEL_3(3, "da cam", "#FF9A1F", "rủi ro lớn", Severity.SEVERE),
    LEVEL_4(4, "đỏ", "#E0201B", "rủi ro rất lớn", Severity.EXTREME),
    LEVEL_5(5, "tím", "#7A2A8C", "thảm họa", Severity.EXTREME);

    /** The CAP {@code <parameter>} value name of the Vietnamese profile. */
    public static final String PARAMETER_NAME = "CAP_DO_RUI_RO";

    private final int number;
    private final String colourName;
    private final String colourHex;
    private final String meaning;
    private final Severity severity;

    RiskLevel(int number, String colourName, String colourHex, String meaning, Severity severity) {
        this.number = number;
        this.colourName = colourName;
        this.colourHex = colourHex;
        this.meaning = meaning;
        this.severity = severity;
    }

    public int number() {
        return number;
    }

    /** The colour's Vietnamese name, as Decision 18/2021 writes it. */
    public String colourName() {
        return colourName;
    }

    public String colourHex() {
        return colourHex;
    }

    /** What the level means, in Vietnamese. */
    public String meaning() {
        return meaning;
    }

    /** The CAP severity published for this level. */
    public Severity severity() {
        return severity;
    }

    public static Optional<RiskLevel> of(int number) {
        return number >= 1 && number <= 5 ? Optional.of(values()[number - 1]) : Optional.empty();
    }

    /**
     * The level a bulletin without {@code CAP_DO_RUI_RO} is treated as, from its CAP severity: the lowest level that
     * publishes that severity. Unknown severity has no level.
     */
    public static Optional<RiskLevel> fromSeverity(Severity severity) {
        return switch (severity) {
            case MINOR -> Optional.of(LEVEL_1);
            case MODERATE -> Optional.of(LEVEL_2);
            case SEVERE -> Optional.of(LEVEL_3);
            case EXTREME -> Optional.of(LEVEL_4);
            case UNKNOWN -> Optional.empty();
        };
    }
}
