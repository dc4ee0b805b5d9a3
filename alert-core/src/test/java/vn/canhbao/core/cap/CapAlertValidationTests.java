package vn.canhbao.core.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.canhbao.core.cap.CapSamples.flashFloodWith;
import static vn.canhbao.core.cap.CapSamples.problems;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules on {@code <alert>} itself: required elements, identifiers, times, enumerations, scope, references. */
class CapAlertValidationTests {

    private static final String SENT = "<sent>2025-09-28T07:30:00+07:00</sent>";
    private static final String ALERT_TYPE = "<msgType>Alert</msgType>";
    private static final String REFERENCE = "kttv@nchmf.gov.vn,KTTV-2025-LQ-0040,2025-09-27T19:00:00+07:00";

    @ParameterizedTest
    @ValueSource(strings = {"identifier", "sender", "sent", "status", "msgType", "scope"})
    void aMissingRequiredElementIsReportedWhereItBelongs(String name) {
        String xml = CapSamples.text(CapSamples.FLASH_FLOOD).replaceFirst("<" + name + ">[^<]*</" + name + ">", "");

        assertThat(problems(xml)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/alert/" + name);
            assertThat(p.message()).contains("The alert has no <" + name + ">");
        });
    }

    @Test
    void aMissingSenderSaysWhatToWrite() {
        assertThat(problems(flashFloodWith("<sender>kttv@nchmf.gov.vn</sender>", "")))
                .singleElement()
                .extracting(CapProblem::message)
                .isEqualTo("The alert has no <sender>: add the sender's address, e.g. kttv@nchmf.gov.vn.");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {"KTTV 2025 42|a space", "KTTV,2025,42|a comma", "KTTV&lt;42|'<'", "KTTV&amp;42|'&'"})
    void anIdentifierWithASeparatorIsRefused(String identifier, String what) {
        String xml = flashFloodWith(
                "<identifier>KTTV-2025-LQ-0042</identifier>", "<identifier>" + identifier + "</identifier>");

        assertThat(problems(xml)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/alert/identifier");
            assertThat(p.message()).contains("<identifier>", "contains " + what);
        });
    }

    @Test
    void aSenderWithASpaceIsRefused() {
        String xml = flashFloodWith("<sender>kttv@nchmf.gov.vn</sender>", "<sender>Đài KTTV</sender>");

        assertThat(problems(xml)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/alert/sender");
            assertThat(p.message()).contains("<sender>", "a space");
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2025-09-28T00:30:00Z",
                "2025-09-28T07:30:00",
                "2025-09-28T07:30:00.500+07:00",
                "2025-09-28 07:30:00+07:00",
                "2025-02-30T07:30:00+07:00",
                "28/09/2025 07:30"
            })
    void aSentTimeThatIsNotCapDateTimeIsRefused(String sent) {
        String xml = flashFloodWith(SENT, "<sent>" + sent + "</sent>");

        assertThat(problems(xml)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/alert/sent");
            assertThat(p.message()).contains("<sent>", sent, "+07:00");
        });
    }

    @Test
    void theLetterZGetsItsOwnHint() {
        String xml = flashFloodWith(SENT, "<sent>2025-09-28T00:30:00Z</sent>");

        assertThat(problems(xml))
                .singleElement()
                .extracting(CapProblem::message)
                .asString()
                .contains("-00:00");
    }

    @Test
    void utcWrittenAsMinusOrPlusZeroIsAccepted() {
        for (String utc : List.of("2025-09-28T00:30:00-00:00", "2025-09-28T00:30:00+00:00")) {
            CapMessage m = CapSamples.read(
                    flashFloodWith(SENT, "<sent>" + utc + "</sent>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(m.sent().toInstant()).hasToString("2025-09-28T00:30:00Z");
        }
    }

    @ParameterizedTest
    @CsvSource({"status,actual", "status,Real", "msgType,Alarm", "scope,Everyone"})
    void aValueOutsideTheEnumerationIsRefused(String name, String value) {
        String xml = CapSamples.text(CapSamples.FLASH_FLOOD)
                .replaceFirst("<" + name + ">[^<]*</" + name + ">", "<" + name + ">" + value + "</" + name + ">");

        assertThat(problems(xml)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/alert/" + name);
            assertThat(p.message()).contains("<" + name + ">", value, "spelled exactly");
        });
    }

    @Test
    void anEmptyStatusIsRefused() {
        assertThat(problems(flashFloodWith("<status>Actual</status>", "<status></status>")))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("/alert/status");
                    assertThat(p.message()).contains("The <status> is empty", "Actual, Exercise");
                });
    }

    @Test
    void privateScopeNeedsAddresses() {
        assertThat(problems(flashFloodWith("<scope>Public</scope>", "<scope>Private</scope>")))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("/alert/addresses");
                    assertThat(p.message()).contains("Private", "<addresses>");
                });
        CapMessage m = CapSamples.read(flashFloodWith(
                        "<scope>Public</scope>",
                        "<scope>Private</scope><addresses>pctt@caominh.vn \"Trưởng thôn Nà Phặc\"</addresses>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(m.addresses()).containsExactly("pctt@caominh.vn", "Trưởng thôn Nà Phặc");
    }

    @Test
    void restrictedScopeNeedsARestriction() {
        assertThat(problems(flashFloodWith("<scope>Public</scope>", "<scope>Restricted</scope><restriction/>")))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("/alert/restriction");
                    assertThat(p.message()).contains("Restricted", "<restriction>");
                });
    }

    @Test
    void emptyReferencesAreRefused() {
        assertThat(problems(flashFloodWith(ALERT_TYPE, ALERT_TYPE + "<references/>")))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("/alert/references");
                    assertThat(p.message()).contains("<references> is empty");
                });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "kttv@nchmf.gov.vn,KTTV-2025-LQ-0040",
                "KTTV-2025-LQ-0040",
                "kttv@nchmf.gov.vn,,2025-09-27T19:00:00+07:00",
                "a,b,c,d"
            })
    void aReferenceNotOfTheFormSenderIdentifierSentIsRefused(String entry) {
        String xml =
                flashFloodWith(ALERT_TYPE, ALERT_TYPE + "<references>" + REFERENCE + " " + entry + "</references>");

        assertThat(problems(xml)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/alert/references");
            assertThat(p.message()).contains("Entry 2 of <references>", entry, "sender,identifier,sent");
        });
    }

    @Test
    void aReferenceWithABadSentTimeIsRefused() {
        String xml = flashFloodWith(
                ALERT_TYPE, ALERT_TYPE + "<references>kttv@nchmf.gov.vn,KTTV-2025-LQ-0040,hôm-qua</references>");

        assertThat(problems(xml)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/alert/references");
            assertThat(p.message()).contains("Entry 1 of <references>", "hôm-qua", "<sent>");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Update", "Cancel"})
    void anUpdateOrCancelNeedsReferences(String type) {
        String xml = flashFloodWith(ALERT_TYPE, "<msgType>" + type + "</msgType>");

        assertThat(problems(xml)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/alert/references");
            assertThat(p.message()).contains("is an " + type, "<references>");
        });
    }

    @Test
    void anUnknownElementIsRefused() {
        assertThat(problems(flashFloodWith(ALERT_TYPE, ALERT_TYPE + "<priority>cao</priority>")))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("/alert/priority");
                    assertThat(p.message()).contains("<priority>", "not allowed in <alert>");
                });
    }

    @Test
    void anElementFromAnotherNamespaceIsRefused() {
        String xml = flashFloodWith(ALERT_TYPE, ALERT_TYPE + "<x:extra xmlns:x=\"urn:example\">1</x:extra>");

        assertThat(problems(xml)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/alert/x:extra");
            assertThat(p.message()).contains("<x:extra>", "urn:example", "not part of CAP");
        });
    }

    @Test
    void aRepeatedSingleElementIsRefused() {
        assertThat(problems(flashFloodWith(ALERT_TYPE, ALERT_TYPE + "<scope>Public</scope>")))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("/alert/scope");
                    assertThat(p.message()).contains("<scope>", "more than once");
                });
    }

    @Test
    void markupInsideATextElementIsRefused() {
        String xml = flashFloodWith("<headline>Cảnh báo", "<headline><b>Khẩn</b> Cảnh báo");

        assertThat(problems(xml)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/alert/info[1]/headline");
            assertThat(p.message()).contains("<headline>", "<b>", "only text");
        });
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        String xml = CapSamples.text(CapSamples.FLASH_FLOOD)
                .replace("<sender>kttv@nchmf.gov.vn</sender>", "")
                .replace(SENT, "<sent>hôm nay</sent>")
                .replace("<scope>Public</scope>", "<scope>Private</scope>")
                .replace("<urgency>Immediate</urgency>", "<urgency></urgency>")
                .replace("<value>01879</value>", "<value>1879</value>");

        assertThat(problems(xml))
                .extracting(CapProblem::path)
                .containsExactly(
                        "/alert/sender",
                        "/alert/sent",
                        "/alert/addresses",
                        "/alert/info[1]/urgency",
                        "/alert/info[1]/area[1]/geocode[1]");
    }
}
