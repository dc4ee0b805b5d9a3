package vn.canhbao.core.cap;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.canhbao.core.alert.Hazard;
import vn.canhbao.core.alert.RiskLevel;

/**
 * The Vietnamese CAP profile (docs/cap-profile.md): where a bulletin carries the administrative unit, the risk level
 * and the hazard type, how they are checked and how they are read back.
 *
 * <ul>
 *   <li>{@code <geocode>} named {@value #DVHC}: a 2-digit province code or a 5-digit ward code (mã đơn vị hành chính);
 *   <li>{@code <parameter>} named {@value RiskLevel#PARAMETER_NAME}: cấp độ rủi ro thiên tai, 1 to 5;
 *   <li>{@code <eventCode>} named {@value Hazard#EVENT_CODE_NAME}: a {@link Hazard} code, e.g. {@code LU_QUET}.
 * </ul>
 *
 * A risk level that disagrees with the CAP severity is accepted as sent: the upstream forecaster knows best.
 */
public final class VietnameseCapProfile {

    /** The {@code geocode} value name of Vietnamese administrative-unit codes. */
    public static final String DVHC = "DVHC";

    private static final Pattern PROVINCE_CODE = Pattern.compile("\\d{2}");
    private static final Pattern WARD_CODE = Pattern.compile("\\d{5}");
    private static final Pattern RISK_LEVEL = Pattern.compile("[1-5]");

    private VietnameseCapProfile() {}

    /** The hazard named by the info's {@code LOAI_THIEN_TAI} event code, if it has a known one. */
    public static Optional<Hazard> hazard(CapInfo info) {
        return info.eventCodes().stream()
                .filter(c -> c.isNamed(Hazard.EVENT_CODE_NAME))
                .map(c -> Hazard.fromCode(c.value()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /**
     * The risk level of the info: its {@code CAP_DO_RUI_RO} parameter, or, when absent, the level
     * {@link RiskLevel#fromSeverity} derives from the CAP severity (none for {@code Unknown}).
     */
    public static Optional<RiskLevel> riskLevel(CapInfo info) {
        Optional<RiskLevel> stated = info.parameters().stream()
                .filter(p -> p.isNamed(RiskLevel.PARAMETER_NAME)
                        && RISK_LEVEL.matcher(p.value()).matches())
                .map(p -> RiskLevel.of(Integer.parseInt(p.value())))
                .flatMap(Optional::stream)
                .findFirst();
        if (stated.isPresent() || info.severity() == null) {
            return stated;
        }
        return RiskLevel.fromSeverity(info.severity());
    }

    /** The {@code DVHC} codes of one area, in order, without repeats. */
    public static List<String> dvhcCodes(CapArea area) {
        return area.geocodes().stream()
                .filter(g -> g.isNamed(DVHC))
                .map(NamedValue::value)
                .distinct()
                .toList();
    }

    /** The {@code DVHC} codes of every area of every info of the message, in order, without repeats. */
    public static List<String> dvhcCodes(CapMessage message) {
        Set<String> codes = new LinkedHashSet<>();
        message.infos().forEach(i -> i.areas().forEach(a -> codes.addAll(dvhcCodes(a))));
        return List.copyOf(codes);
    }

    public static boolean isProvinceCode(String code) {
        return code != null && PROVINCE_CODE.matcher(code).matches();
    }

    public static boolean isWardCode(String code) {
        return code != null && WARD_CODE.matcher(code).matches();
    }

    /** What is wrong with a {@code DVHC} geocode value, as a sentence, or empty when it is a valid code. */
    static Optional<String> dvhcProblem(String value) {
        if (isProvinceCode(value) || isWardCode(value)) {
            return Optional.empty();
        }
        return Optional.of("The geocode " + DVHC + " value \"" + value + "\" is neither a 2-digit province code "
                + "(e.g. 31 for Hải Phòng) nor a 5-digit ward code (e.g. 01879 for Xã Cao Minh): write the official "
                + "code of the administrative unit with its leading zeros.");
    }

    static Optional<String> riskLevelProblem(String value) {
        if (RISK_LEVEL.matcher(value).matches()) {
            return Optional.empty();
        }
        return Optional.of("The parameter " + RiskLevel.PARAMETER_NAME + " value \"" + value + "\" is not a risk "
                + "level (cấp độ rủi ro): write a single digit from 1 to 5, as Decision 18/2021/QĐ-TTg defines them.");
    }

    static Optional<String> hazardProblem(String value) {
        if (Hazard.fromCode(value).isPresent()) {
            return Optional.empty();
        }
        String accepted = Arrays.stream(Hazard.values()).map(Hazard::code).collect(Collectors.joining(", "));
        return Optional.of("The eventCode " + Hazard.EVENT_CODE_NAME + " value \"" + value + "\" is not a known "
                + "hazard (loại thiên tai): use one of " + accepted + ".");
    }
}
