package vn.canhbao.gateway.authenticity;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.alert.MessageType;
import vn.canhbao.core.alert.RiskLevel;
import vn.canhbao.core.area.Ward;
import vn.canhbao.core.area.WardDirectory;
import vn.canhbao.gateway.alerts.AlertRepository;
import vn.canhbao.gateway.alerts.AlertState;
import vn.canhbao.gateway.alerts.StoredAlert;

/**
 * Answers "is this code a genuine alert?" for the public: only issued alerts are genuine (a draft was never sent, so
 * its code proves nothing). Codes are read as people paste them ({@link TypedCode}): "Mã tin C5HF96." is C5HF96.
 */
@Component
public class AlertCodes {

    /** Times are shown in Vietnam's time zone. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Anything else cannot be a code ({@code ShortCode} makes six; a little slack costs nothing). */
    private static final Pattern PLAUSIBLE = Pattern.compile("[A-Z0-9]{4,10}");

    private final AlertRepository alerts;
    private final WardDirectory wards;
    private final Clock clock;

    AlertCodes(AlertRepository alerts, WardDirectory wards, Clock clock) {
        this.clock = clock;
        this.alerts = alerts;
        this.wards = wards;
    }

    /** A code as typed or pasted, made comparable: see {@link TypedCode}. */
    public static String normalise(String typed) {
        return TypedCode.read(typed);
    }

    public Optional<GenuineAlert> verify(String typed) {
        String code = normalise(typed);
        if (!PLAUSIBLE.matcher(code).matches()) {
            return Optional.empty();
        }
        return alerts.findByShortCode(code)
                .filter(a -> a.state() != AlertState.DRAFT)
                .map(this::describe);
    }

    private GenuineAlert describe(StoredAlert stored) {
        Alert a = stored.alert();
        Optional<Ward> ward = wards.resolve(a.wardCode());
        Optional<StoredAlert> cancel = AlertRepository.cancelAmong(a.id(), alerts.supersedersOf(a.id()));
        boolean cancelled = cancel.isPresent();
        boolean corrected = cancel.map(c -> c.alert().isCorrection()).orElse(false);
        boolean expired =
                a.expiry().map(e -> !clock.instant().isBefore(e.toInstant())).orElse(false);
        return new GenuineAlert(
                true,
                a.shortCode(),
                a.wardCode(),
                ward.map(Ward::name).orElse(null),
                ward.flatMap(w -> wards.province(w.provinceCode()))
                        .map(p -> p.name())
                        .orElse(null),
                a.hazard().code(),
                a.hazard().vietnameseName(),
                a.risk().map(RiskLevel::number).orElse(null),
                a.headline(),
                stored.issuedAt() == null
                        ? null
                        : stored.issuedAt().atZone(VIETNAM).toOffsetDateTime(),
                a.expiry()
                        .map(e -> e.atZoneSameInstant(VIETNAM).toOffsetDateTime())
                        .orElse(null),
                !cancelled && !expired && a.messageType() != MessageType.CANCEL,
                a.isExercise(),
                cancelled,
                corrected,
                expired,
                a.messageType().capValue());
    }
}
