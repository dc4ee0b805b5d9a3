package vn.canhbao.core.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import vn.canhbao.core.alert.Certainty;
import vn.canhbao.core.alert.Severity;
import vn.canhbao.core.alert.Urgency;

class CapWriterTests {

    static final List<String> SAMPLES = CapSamples.ALL;

    private final CapWriter writer = new CapWriter();

    private static CapMessage reread(String xml) {
        return CapSamples.read(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** A ward officer's warning as the gateway would build it. */
    private static CapMessage builtWarning() {
        CapArea area = new CapArea(
                "Xã Cao Minh",
                List.of(List.of(
                        new LatLon(22.4, 105.8),
                        new LatLon(22.4, 105.9),
                        new LatLon(22.3, 105.9),
                        new LatLon(22.4, 105.8))),
                List.of(new CapCircle(new LatLon(22.35, 105.85), 0.0001)),
                List.of(new NamedValue(VietnameseCapProfile.DVHC, "01879")),
                null,
                null);
        CapInfo info = new CapInfo(
                null,
                List.of(CapCategory.MET),
                "Mưa lớn",
                List.of(),
                Urgency.EXPECTED,
                Severity.MODERATE,
                Certainty.LIKELY,
                null,
                List.of(new NamedValue("LOAI_THIEN_TAI", "MUA_LON")),
                null,
                null,
                OffsetDateTime.of(2025, 9, 29, 0, 0, 0, 0, ZoneOffset.UTC),
                null,
                "Mưa lớn <50–100 mm> & gió giật",
                null,
                null,
                null,
                null,
                List.of(new NamedValue("CAP_DO_RUI_RO", "2")),
                List.of(),
                List.of(area));
        return new CapMessage(
                "CAOMINH-2025-0007",
                "pctt.caominh@thainguyen.gov.vn",
                OffsetDateTime.of(2025, 9, 28, 0, 30, 0, 0, ZoneOffset.UTC),
                CapStatus.ACTUAL,
                CapMessageType.ALERT,
                null,
                CapScope.PRIVATE,
                null,
                List.of("truong-thon@caominh.vn", "Tổ trưởng tổ 3"),
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(info),
                CapVersion.CAP_1_2,
                false);
    }

    @ParameterizedTest
    @FieldSource("SAMPLES")
    void aSampleReadsBackEqualAfterWriting(String sample) {
        CapMessage original = CapSamples.read(sample);

        assertThat(reread(writer.write(original))).isEqualTo(original);
    }

    @Test
    void writesCap12InUtf8WithVietnameseTextAsIs() {
        String xml = writer.write(CapSamples.read(CapSamples.STORM));

        assertThat(xml)
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<alert")
                .contains("<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">")
                .contains("<headline>Tin bão khẩn cấp: bão số 10 hướng vào Hải Phòng, cấp độ rủi ro 4</headline>")
                .contains("<circle>20.3,107.6 150</circle>");
    }

    @Test
    void aBuiltMessageIsValidAndReadsBackEqual() {
        CapMessage built = builtWarning();

        assertThat(new CapValidator().validate(built)).isEmpty();
        String xml = writer.write(built);

        assertThat(xml)
                .contains("<sent>2025-09-28T00:30:00-00:00</sent>")
                .contains("<language>en-US</language>")
                .contains("<addresses>truong-thon@caominh.vn \"Tổ trưởng tổ 3\"</addresses>")
                .contains("Mưa lớn &lt;50–100 mm&gt; &amp; gió giật")
                .contains("<circle>22.35,105.85 0.0001</circle>");
        assertThat(reread(xml)).isEqualTo(built);
    }

    @Test
    void anUpdateBuiltFromAMessageRefersToIt() {
        CapMessage original = CapSamples.read(CapSamples.STORM);
        CapMessage built = builtWarning();
        CapMessage update = new CapMessage(
                "KTTV-2025-BAO10-TIN08",
                original.sender(),
                original.sent().plusHours(3),
                CapStatus.ACTUAL,
                CapMessageType.UPDATE,
                null,
                CapScope.PUBLIC,
                null,
                null,
                null,
                null,
                List.of(CapReference.of(original)),
                null,
                built.infos(),
                null,
                false);

        CapMessage read = reread(writer.write(update));

        assertThat(read.references()).singleElement().satisfies(r -> assertThat(r.refersTo(original))
                .isTrue());
        assertThat(read.references().getFirst().toCapString())
                .isEqualTo("kttv@nchmf.gov.vn,KTTV-2025-BAO10-TIN07,2025-10-05T10:00:00+07:00");
    }

    @Test
    void anInvalidMessageIsNotWrittenAndEveryProblemIsNamed() {
        CapMessage built = builtWarning();
        CapArea badArea = new CapArea(
                "Xã Cao Minh",
                List.of(List.of(new LatLon(22.4, 105.8), new LatLon(22.4, 105.9), new LatLon(22.4, 105.8))),
                List.of(new CapCircle(new LatLon(22.35, 105.85), -1)),
                List.of(new NamedValue("DVHC", "1879")),
                null,
                null);
        CapInfo info = built.infos().getFirst();
        CapInfo badInfo = new CapInfo(
                info.language(),
                List.of(),
                info.event(),
                info.responseTypes(),
                null,
                info.severity(),
                info.certainty(),
                info.audience(),
                info.eventCodes(),
                info.effective(),
                info.onset(),
                info.expires(),
                info.senderName(),
                info.headline(),
                info.description(),
                info.instruction(),
                info.web(),
                info.contact(),
                info.parameters(),
                info.resources(),
                List.of(badArea));
        CapMessage bad = new CapMessage(
                built.identifier(),
                null,
                built.sent(),
                built.status(),
                CapMessageType.CANCEL,
                null,
                built.scope(),
                null,
                List.of(),
                null,
                null,
                null,
                null,
                List.of(badInfo),
                null,
                false);

        assertThatExceptionOfType(CapRejectedException.class)
                .isThrownBy(() -> writer.write(bad))
                .satisfies(e -> assertThat(e.problems())
                        .extracting(CapProblem::path)
                        .containsExactly(
                                "/alert/sender",
                                "/alert/addresses",
                                "/alert/references",
                                "/alert/info[1]/category",
                                "/alert/info[1]/urgency",
                                "/alert/info[1]/area[1]/polygon[1]",
                                "/alert/info[1]/area[1]/circle[1]",
                                "/alert/info[1]/area[1]/geocode[1]"));
    }
}
