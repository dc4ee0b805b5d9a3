package vn.canhbao.core.broadcast;

import java.util.Objects;
import java.util.Optional;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.alert.AlertStatus;
import vn.canhbao.core.alert.Certainty;
import vn.canhbao.core.alert.RiskLevel;
import vn.canhbao.core.alert.Urgency;

/**
 * The CBS Message Identifiers of the public warning range that canhbao broadcasts on (3GPP TS 23.041 §9.4.1.2.2,
 * the CMAS identifiers 4370–4399, which EU-Alert (ETSI TS 102 900) reuses). Handsets sound and show a message on
 * these identifiers as an emergency alert; 4370 cannot be switched off, the others can be, by class. The identifiers
 * for an additional language (4383–4395, 4397, 4399) are not used: Vietnamese is the language of the message.
 *
 * <p>{@link #of(Alert)} chooses, from the status, the Decision 18/2021 risk level and the CAP urgency and certainty:
 *
 * <table>
 *   <caption>canhbao's identifiers</caption>
 *   <tr><th>alert</th><th>identifier</th><th>CMAS / EU-Alert class</th></tr>
 *   <tr><td>status Exercise (diễn tập), any level</td><td>4381</td><td>Exercise / EU-Exercise</td></tr>
 *   <tr><td>status Test (thử nghiệm), any level</td><td>4398</td><td>State/Local Test</td></tr>
 *   <tr><td>level 5 (thảm họa)</td><td>4370</td><td>Presidential / EU-Alert level 1</td></tr>
 *   <tr><td>level 4, urgency Immediate, certainty Observed</td><td>4371</td><td>Extreme</td></tr>
 *   <tr><td>level 4, Immediate, not Observed</td><td>4372</td><td>Extreme</td></tr>
 *   <tr><td>level 4, not Immediate, Observed</td><td>4373</td><td>Extreme</td></tr>
 *   <tr><td>level 4, not Immediate, not Observed</td><td>4374</td><td>Extreme</td></tr>
 *   <tr><td>level 3, Immediate, Observed</td><td>4375</td><td>Severe</td></tr>
 *   <tr><td>level 3, Immediate, not Observed</td><td>4376</td><td>Severe</td></tr>
 *   <tr><td>level 3, not Immediate, Observed</td><td>4377</td><td>Severe</td></tr>
 *   <tr><td>level 3, not Immediate, not Observed</td><td>4378</td><td>Severe</td></tr>
 *   <tr><td>level 1 or 2</td><td>4396</td><td>Public Safety / EU-Info</td></tr>
 * </table>
 *
 * <p>Level 5, a catastrophe, is the one warning the national government directs; it goes on the identifier no one
 * can switch off. Levels 4 and 3 are CAP Extreme and Severe (as {@link RiskLevel#severity()} publishes them), each
 * narrowed by urgency and certainty as CMAS defines; an urgency other than Immediate counts as Expected, a certainty
 * other than Observed as Likely, the nearest class CMAS has. Levels 1 and 2 are not threats to life and go as public
 * safety information, which a resident may choose not to receive. An alert without a level is placed by its CAP
 * severity ({@link RiskLevel#fromSeverity}); with unknown severity it goes as 4378, the mildest severe class, so
 * that it is still heard. A drill and a test are on identifiers of their own, whatever their level, so a handset
 * never shows one as a real warning. A Cancel keeps the level, status, urgency and certainty of the warning it ends,
 * so it has that warning's identifier, the one the CBC is asked to stop.
 */
public enum MessageIdentifier {
    PRESIDENTIAL(4370),
    EXTREME_IMMEDIATE_OBSERVED(4371),
    EXTREME_IMMEDIATE_LIKELY(4372),
    EXTREME_EXPECTED_OBSERVED(4373),
    EXTREME_EXPECTED_LIKELY(4374),
    SEVERE_IMMEDIATE_OBSERVED(4375),
    SEVERE_IMMEDIATE_LIKELY(4376),
    SEVERE_EXPECTED_OBSERVED(4377),
    SEVERE_EXPECTED_LIKELY(4378),
    CHILD_ABDUCTION(4379),
    REQUIRED_MONTHLY_TEST(4380),
    EXERCISE(4381),
    OPERATOR_DEFINED(4382),
    PUBLIC_SAFETY(4396),
    STATE_LOCAL_TEST(4398);

    private final int value;

    MessageIdentifier(int value) {
        this.value = value;
    }

    /** The 16-bit Message Identifier. */
    public int value() {
        return value;
    }

    /** The identifier with this value, if it is one of these. */
    public static Optional<MessageIdentifier> of(int value) {
        for (MessageIdentifier identifier : values()) {
            if (identifier.value == value) {
                return Optional.of(identifier);
            }
        }
        return Optional.empty();
    }

    /** The identifier {@code alert} is broadcast on (see the table above). */
    public static MessageIdentifier of(Alert alert) {
        Objects.requireNonNull(alert, "alert");
        Optional<RiskLevel> level = alert.risk().or(() -> RiskLevel.fromSeverity(alert.severity()));
        return of(alert.status(), level.orElse(null), alert.urgency(), alert.certainty());
    }

    /**
     * The identifier for an alert of {@code status} at {@code level} (null: unknown) with CAP {@code urgency} and
     * {@code certainty}.
     */
    public static MessageIdentifier of(AlertStatus status, RiskLevel level, Urgency urgency, Certainty certainty) {
        Objects.requireNonNull(status, "status");
        if (status == AlertStatus.EXERCISE) {
            return EXERCISE;
        }
        if (status == AlertStatus.TEST) {
            return STATE_LOCAL_TEST;
        }
        if (level == null) {
            return SEVERE_EXPECTED_LIKELY;
        }
        boolean immediate = urgency == Urgency.IMMEDIATE;
        boolean observed = certainty == Certainty.OBSERVED;
        return switch (level) {
            case LEVEL_5 -> PRESIDENTIAL;
            case LEVEL_4 ->
                immediate
                        ? (observed ? EXTREME_IMMEDIATE_OBSERVED : EXTREME_IMMEDIATE_LIKELY)
                        : (observed ? EXTREME_EXPECTED_OBSERVED : EXTREME_EXPECTED_LIKELY);
            case LEVEL_3 ->
                immediate
                        ? (observed ? SEVERE_IMMEDIATE_OBSERVED : SEVERE_IMMEDIATE_LIKELY)
                        : (observed ? SEVERE_EXPECTED_OBSERVED : SEVERE_EXPECTED_LIKELY);
            case LEVEL_1, LEVEL_2 -> PUBLIC_SAFETY;
        };
    }
}
