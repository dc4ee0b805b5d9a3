package vn.canhbao.core.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.alert.AlertId;
import vn.canhbao.core.alert.AlertStatus;
import vn.canhbao.core.alert.Certainty;
import vn.canhbao.core.alert.Hazard;
import vn.canhbao.core.alert.MessageType;
import vn.canhbao.core.alert.RiskLevel;
import vn.canhbao.core.alert.Severity;
import vn.canhbao.core.alert.Urgency;

/** The identifier table of {@link MessageIdentifier}, as documented there and in docs/cap-profile.md. */
class MessageIdentifierTests {

    @Test
    void theValuesAreThoseOf3gppTs23041() {
        assertThat(MessageIdentifier.PRESIDENTIAL.value()).isEqualTo(0x1112);
        assertThat(MessageIdentifier.SEVERE_EXPECTED_LIKELY.value()).isEqualTo(0x111A);
        assertThat(MessageIdentifier.CHILD_ABDUCTION.value()).isEqualTo(4379);
        assertThat(MessageIdentifier.REQUIRED_MONTHLY_TEST.value()).isEqualTo(4380);
        assertThat(MessageIdentifier.EXERCISE.value()).isEqualTo(0x111D);
        assertThat(MessageIdentifier.PUBLIC_SAFETY.value()).isEqualTo(0x112C);
        assertThat(MessageIdentifier.STATE_LOCAL_TEST.value()).isEqualTo(0x112E);
        assertThat(MessageIdentifier.values())
                .allSatisfy(id -> assertThat(id.value()).isBetween(4370, 4399));
        assertThat(MessageIdentifier.of(4381)).contains(MessageIdentifier.EXERCISE);
        assertThat(MessageIdentifier.of(4383)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "LEVEL_5, IMMEDIATE, OBSERVED, 4370",
        "LEVEL_5, FUTURE, POSSIBLE, 4370",
        "LEVEL_4, IMMEDIATE, OBSERVED, 4371",
        "LEVEL_4, IMMEDIATE, LIKELY, 4372",
        "LEVEL_4, EXPECTED, OBSERVED, 4373",
        "LEVEL_4, EXPECTED, LIKELY, 4374",
        "LEVEL_4, FUTURE, POSSIBLE, 4374",
        "LEVEL_3, IMMEDIATE, OBSERVED, 4375",
        "LEVEL_3, IMMEDIATE, LIKELY, 4376",
        "LEVEL_3, EXPECTED, OBSERVED, 4377",
        "LEVEL_3, EXPECTED, LIKELY, 4378",
        "LEVEL_3, UNKNOWN, UNKNOWN, 4378",
        "LEVEL_2, IMMEDIATE, OBSERVED, 4396",
        "LEVEL_1, EXPECTED, LIKELY, 4396",
    })
    void anActualWarningByLevelUrgencyAndCertainty(
            RiskLevel level, Urgency urgency, Certainty certainty, int identifier) {
        assertThat(MessageIdentifier.of(AlertStatus.ACTUAL, level, urgency, certainty)
                        .value())
                .isEqualTo(identifier);
    }

    @ParameterizedTest
    @EnumSource(RiskLevel.class)
    void aDrillAndATestAreOnTheirOwnIdentifiersWhateverTheLevel(RiskLevel level) {
        assertThat(MessageIdentifier.of(AlertStatus.EXERCISE, level, Urgency.IMMEDIATE, Certainty.OBSERVED))
                .isEqualTo(MessageIdentifier.EXERCISE);
        assertThat(MessageIdentifier.of(AlertStatus.TEST, level, Urgency.IMMEDIATE, Certainty.OBSERVED))
                .isEqualTo(MessageIdentifier.STATE_LOCAL_TEST);
    }

    @Test
    void anAlertWithoutALevelIsPlacedByItsSeverity() {
        assertThat(MessageIdentifier.of(alert(null, Severity.EXTREME)))
                .isEqualTo(MessageIdentifier.EXTREME_IMMEDIATE_LIKELY);
        assertThat(MessageIdentifier.of(alert(null, Severity.MODERATE))).isEqualTo(MessageIdentifier.PUBLIC_SAFETY);
        assertThat(MessageIdentifier.of(alert(null, Severity.UNKNOWN)))
                .isEqualTo(MessageIdentifier.SEVERE_EXPECTED_LIKELY);
        assertThat(MessageIdentifier.of(alert(RiskLevel.LEVEL_4, Severity.SEVERE)))
                .isEqualTo(MessageIdentifier.EXTREME_IMMEDIATE_LIKELY);
    }

    private static Alert alert(RiskLevel level, Severity severity) {
        OffsetDateTime sent = OffsetDateTime.parse("2026-10-12T07:30:00Z");
        return new Alert(
                AlertId.random(),
                "01879",
                MessageType.ALERT,
                AlertStatus.ACTUAL,
                Hazard.LU_QUET,
                level,
                severity,
                Urgency.IMMEDIATE,
                Certainty.LIKELY,
                "Lũ quét",
                null,
                null,
                null,
                sent,
                null,
                "K7M2QX",
                List.of(),
                null);
    }
}
