package vn.canhbao.core.cap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.canhbao.core.alert.Alert;
import vn.canhbao.core.area.Ward;
import vn.canhbao.core.area.WardDirectory;
import vn.canhbao.core.message.SampleAlerts;

class AlertCapTests {

    private final AlertCap cap = new AlertCap("canhbao@caominh.gov.vn");
    private final Ward caoMinh = WardDirectory.bundled().ward("01879").orElseThrow();

    @Test
    void anAlertIsAValidCapMessageOfTheVietnameseProfile() {
        Alert alert = SampleAlerts.luQuetCaoMinh();

        CapMessage message = cap.of(alert, caoMinh, List.of());
        String xml = new CapWriter().write(message);
        CapMessage reread = new CapReader().read(xml.getBytes(StandardCharsets.UTF_8));

        assertThat(new CapValidator().validate(message)).isEmpty();
        assertThat(reread.identifier()).isEqualTo("urn:uuid:" + alert.id().value());
        assertThat(reread.msgType()).isEqualTo(CapMessageType.ALERT);
        assertThat(VietnameseCapProfile.hazard(reread.infos().getFirst())).contains(alert.hazard());
        assertThat(VietnameseCapProfile.riskLevel(reread.infos().getFirst())).isEqualTo(alert.risk());
        assertThat(VietnameseCapProfile.dvhcCodes(reread)).containsExactly("01879");
        assertThat(xml).contains("<areaDesc>" + caoMinh.name() + "</areaDesc>").contains(alert.shortCode());
    }

    @Test
    void aCancelReferencesTheAlertItCancels() {
        Alert original = SampleAlerts.luQuetCaoMinh();
        Alert cancel = SampleAlerts.cancelOf(original);

        CapMessage message = cap.of(cancel, caoMinh, List.of(original));

        assertThat(new CapValidator().validate(message)).isEmpty();
        assertThat(message.msgType()).isEqualTo(CapMessageType.CANCEL);
        assertThat(message.references())
                .containsExactly(new CapReference(
                        "canhbao@caominh.gov.vn",
                        AlertCap.identifier(original.id()),
                        CapSyntax.format(original.sent())));
    }

    @Test
    void anExerciseIsPublishedWithStatusExercise() {
        Alert drill = SampleAlerts.asExercise(SampleAlerts.luQuetCaoMinh());

        assertThat(cap.of(drill, caoMinh, List.of()).status()).isEqualTo(CapStatus.EXERCISE);
    }
}
