package vn.canhbao.core.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.canhbao.core.cap.CapSamples.problems;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.canhbao.core.alert.Certainty;
import vn.canhbao.core.alert.Severity;
import vn.canhbao.core.alert.Urgency;

class CapReaderTests {

    @Test
    void readsAFlashFloodWarningWithItsVietnameseText() {
        CapMessage m = CapSamples.read(CapSamples.FLASH_FLOOD);

        assertThat(m.identifier()).isEqualTo("KTTV-2025-LQ-0042");
        assertThat(m.sender()).isEqualTo("kttv@nchmf.gov.vn");
        assertThat(m.sent()).isEqualTo(OffsetDateTime.parse("2025-09-28T07:30:00+07:00"));
        assertThat(m.status()).isEqualTo(CapStatus.ACTUAL);
        assertThat(m.msgType()).isEqualTo(CapMessageType.ALERT);
        assertThat(m.scope()).isEqualTo(CapScope.PUBLIC);
        assertThat(m.version()).isEqualTo(CapVersion.CAP_1_2);
        assertThat(m.signed()).isFalse();
        assertThat(m.references()).isEmpty();

        CapInfo info = m.infos().getFirst();
        assertThat(info.language()).isEqualTo("vi-VN");
        assertThat(info.categories()).containsExactly(CapCategory.MET);
        assertThat(info.event()).isEqualTo("Lũ quét");
        assertThat(info.responseTypes()).containsExactly(CapResponseType.EVACUATE, CapResponseType.PREPARE);
        assertThat(info.urgency()).isEqualTo(Urgency.IMMEDIATE);
        assertThat(info.severity()).isEqualTo(Severity.SEVERE);
        assertThat(info.certainty()).isEqualTo(Certainty.LIKELY);
        assertThat(info.headline()).isEqualTo("Cảnh báo lũ quét tại xã Cao Minh, cấp độ rủi ro 3");
        assertThat(info.onset()).isEqualTo(OffsetDateTime.parse("2025-09-28T12:00:00+07:00"));
        assertThat(info.eventCodes()).containsExactly(new NamedValue("LOAI_THIEN_TAI", "LU_QUET"));
        assertThat(info.parameters()).containsExactly(new NamedValue("CAP_DO_RUI_RO", "3"));

        CapArea area = info.areas().getFirst();
        assertThat(area.areaDesc()).isEqualTo("Xã Cao Minh, tỉnh Thái Nguyên");
        assertThat(area.polygons().getFirst())
                .hasSize(5)
                .startsWith(new LatLon(22.40, 105.80))
                .endsWith(new LatLon(22.40, 105.80));
        assertThat(area.geocodes()).containsExactly(new NamedValue("DVHC", "01879"));
    }

    @Test
    void readsTheReferencesOfAnUpdateAndACancelAsWritten() {
        CapMessage original = CapSamples.read(CapSamples.FLASH_FLOOD);
        CapMessage update = CapSamples.read(CapSamples.FLASH_FLOOD_UPDATE);
        CapMessage cancel = CapSamples.read(CapSamples.FLASH_FLOOD_CANCEL);

        assertThat(update.msgType()).isEqualTo(CapMessageType.UPDATE);
        assertThat(update.references())
                .containsExactly(
                        new CapReference("kttv@nchmf.gov.vn", "KTTV-2025-LQ-0042", "2025-09-28T07:30:00+07:00"));
        assertThat(update.references().getFirst().refersTo(original)).isTrue();

        assertThat(cancel.msgType()).isEqualTo(CapMessageType.CANCEL);
        assertThat(cancel.references()).hasSize(2);
        assertThat(cancel.references().get(0).refersTo(original)).isTrue();
        assertThat(cancel.references().get(1).refersTo(update)).isTrue();
        assertThat(cancel.infos().getFirst().responseTypes()).containsExactly(CapResponseType.ALL_CLEAR);
    }

    @Test
    void readsAStormBulletinInTwoLanguagesWithACircleAndIncidents() {
        CapMessage m = CapSamples.read(CapSamples.STORM);

        assertThat(m.infos()).extracting(CapInfo::language).containsExactly("vi-VN", "en-US");
        assertThat(m.incidents()).containsExactly("BAO-SO-10-2025");
        assertThat(m.note()).startsWith("Tin bão khẩn cấp.");
        CapArea sea = m.infos().getFirst().areas().get(1);
        assertThat(sea.circles()).containsExactly(new CapCircle(new LatLon(20.3, 107.6), 150));
        assertThat(sea.geocodes()).isEmpty();
    }

    @Test
    void readsAnExerciseWithItsResourceAndHeights() {
        CapMessage m = CapSamples.read(CapSamples.EXERCISE);

        assertThat(m.status()).isEqualTo(CapStatus.EXERCISE);
        assertThat(m.status().isDisseminated()).isTrue();
        CapInfo info = m.infos().getFirst();
        assertThat(info.resources())
                .containsExactly(new CapResource(
                        "Bản tin phát trên loa truyền thanh",
                        "audio/mpeg",
                        482133L,
                        "https://canhbao.example.vn/am-thanh/CAOMINH-DT-2025-11.mp3",
                        null,
                        null));
        assertThat(info.areas().getFirst().altitude()).isEqualTo(600.0);
        assertThat(info.areas().getFirst().ceiling()).isEqualTo(1500.0);
    }

    @Test
    void onlyActualAndExerciseAreDisseminated() {
        assertThat(List.of(CapStatus.values()))
                .filteredOn(CapStatus::isDisseminated)
                .containsExactly(CapStatus.ACTUAL, CapStatus.EXERCISE);
    }

    @Test
    void readsCap11AndRemembersTheVersion() {
        String xml = CapSamples.text(CapSamples.FLASH_FLOOD)
                .replace("urn:oasis:names:tc:emergency:cap:1.2", "urn:oasis:names:tc:emergency:cap:1.1");

        CapMessage m = CapSamples.read(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(m.version()).isEqualTo(CapVersion.CAP_1_1);
        assertThat(m.identifier()).isEqualTo("KTTV-2025-LQ-0042");
    }

    @Test
    void acceptsAPrefixedNamespaceAndDefaultsTheLanguage() {
        String xml = """
                <cap:alert xmlns:cap="urn:oasis:names:tc:emergency:cap:1.2">
                  <cap:identifier>T-1</cap:identifier><cap:sender>kttv@nchmf.gov.vn</cap:sender>
                  <cap:sent>2025-09-28T00:30:00-00:00</cap:sent><cap:status>Test</cap:status>
                  <cap:msgType>Alert</cap:msgType><cap:scope>Public</cap:scope>
                  <cap:info><cap:category>Met</cap:category><cap:event>Thử</cap:event>
                    <cap:urgency>Unknown</cap:urgency><cap:severity>Unknown</cap:severity>
                    <cap:certainty>Unknown</cap:certainty></cap:info>
                </cap:alert>""";

        CapMessage m = CapSamples.read(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(m.infos().getFirst().language()).isEqualTo(CapInfo.DEFAULT_LANGUAGE);
        assertThat(m.sent().getOffset().getTotalSeconds()).isZero();
        assertThat(m.status().isDisseminated()).isFalse();
    }

    @Test
    void readsFromAStream() throws IOException {
        CapMessage m = new CapReader().read(new ByteArrayInputStream(CapSamples.bytes(CapSamples.STORM)));

        assertThat(m.identifier()).isEqualTo("KTTV-2025-BAO10-TIN07");
    }

    @Test
    void refusesTextThatIsNotXmlWithOneProblemAtTheRoot() {
        assertThat(problems("Cảnh báo lũ quét")).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/");
            assertThat(p.message()).contains("not well-formed XML");
        });
        assertThat(problems("")).singleElement().satisfies(p -> assertThat(p.path())
                .isEqualTo("/"));
    }

    @Test
    void refusesAnotherRootElement() {
        assertThat(problems("<feed xmlns=\"http://www.w3.org/2005/Atom\"/>"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("/");
                    assertThat(p.message()).contains("<feed>", "<alert");
                });
    }

    @Test
    void refusesAnAlertWithoutOrWithAnUnknownNamespace() {
        assertThat(problems("<alert><identifier>x</identifier></alert>"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("/");
                    assertThat(p.message()).contains("no namespace");
                });
        assertThat(problems("<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.0\"/>"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("/");
                    assertThat(p.message()).contains("cap:1.0", "cap:1.2", "cap:1.1");
                });
    }

    @Test
    void theExceptionSummarisesTheFirstProblemAndTheCount() {
        CapRejectedException e = new CapRejectedException(
                List.of(new CapProblem("/alert/sender", "a."), new CapProblem("/alert/scope", "b.")));

        assertThat(e).hasMessage("/alert/sender: a. (and 1 more problems)");
    }
}
