package vn.canhbao.core.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.canhbao.core.cap.CapSamples.flashFloodWith;
import static vn.canhbao.core.cap.CapSamples.problems;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules on {@code <info>} and {@code <resource>}. */
class CapInfoValidationTests {

    private static final String RESOURCE = """
            <resource><resourceDesc>Bản đồ</resourceDesc><mimeType>image/png</mimeType></resource>
            <area>""";

    @ParameterizedTest
    @ValueSource(strings = {"category", "event", "urgency", "severity", "certainty"})
    void aMissingRequiredElementIsReported(String name) {
        String xml = CapSamples.text(CapSamples.FLASH_FLOOD).replaceFirst("<" + name + ">[^<]*</" + name + ">", "");

        assertThat(problems(xml)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/alert/info[1]/" + name);
            assertThat(p.message()).contains("The info has no <" + name + ">");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"urgency", "severity", "certainty"})
    void anEmptyEnumerationIsAnError(String name) {
        String xml = CapSamples.text(CapSamples.FLASH_FLOOD)
                .replaceFirst("<" + name + ">[^<]*</" + name + ">", "<" + name + "></" + name + ">");

        assertThat(problems(xml)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/alert/info[1]/" + name);
            assertThat(p.message()).contains("The <" + name + "> is empty", "Unknown");
        });
    }

    @ParameterizedTest
    @CsvSource({"urgency,Khẩn cấp", "severity,severe", "certainty,Certain", "category,Weather", "responseType,Flee"})
    void aValueOutsideTheEnumerationIsRefused(String name, String value) {
        String xml = CapSamples.text(CapSamples.FLASH_FLOOD)
                .replaceFirst("<" + name + ">[^<]*</" + name + ">", "<" + name + ">" + value + "</" + name + ">");
        String index = name.equals("category") || name.equals("responseType") ? "[1]" : "";

        assertThat(problems(xml)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/alert/info[1]/" + name + index);
            assertThat(p.message()).contains("<" + name + ">", value);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"effective", "onset", "expires"})
    void infoTimesMustBeCapDateTimes(String name) {
        String xml = CapSamples.text(CapSamples.FLASH_FLOOD)
                .replaceFirst(
                        "<" + name + ">[^<]*</" + name + ">", "<" + name + ">2025-09-28T12:00:00Z</" + name + ">");

        assertThat(problems(xml)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/alert/info[1]/" + name);
            assertThat(p.message()).contains("<" + name + ">", "-00:00");
        });
    }

    @Test
    void anEmptyExpiresIsAnError() {
        String xml = flashFloodWith("<expires>2025-09-29T07:30:00+07:00</expires>", "<expires/>");

        assertThat(problems(xml)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/alert/info[1]/expires");
            assertThat(p.message()).contains("The <expires> is empty");
        });
    }

    @Test
    void aLanguageMustBeALanguageTag() {
        String xml = flashFloodWith("<language>vi-VN</language>", "<language>Tiếng Việt</language>");

        assertThat(problems(xml)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/alert/info[1]/language");
            assertThat(p.message()).contains("<language>", "vi-VN");
        });
    }

    @Test
    void pathsCountInfosFromOne() {
        String xml =
                CapSamples.replaceOnce(CapSamples.text(CapSamples.STORM), "<event>Typhoon</event>", "<event> </event>");

        assertThat(problems(xml)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/alert/info[2]/event");
            assertThat(p.message()).contains("The <event> is empty");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"resourceDesc", "mimeType"})
    void aResourceNeedsItsDescriptionAndMimeType(String name) {
        String resource = RESOURCE.replaceFirst("<" + name + ">[^<]*</" + name + ">", "");
        String xml = flashFloodWith("<area>", resource);

        assertThat(problems(xml)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/alert/info[1]/resource[1]/" + name);
            assertThat(p.message()).contains("The resource has no <" + name + ">");
        });
    }

    @Test
    void aResourceSizeMustBeAWholeNumber() {
        String xml = flashFloodWith("<area>", RESOURCE.replace("</mimeType>", "</mimeType><size>1,5 MB</size>"));

        assertThat(problems(xml)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/alert/info[1]/resource[1]/size");
            assertThat(p.message()).contains("<size>", "1,5 MB");
        });
    }

    @Test
    void aParameterNeedsAValueName() {
        String xml = flashFloodWith("<valueName>CAP_DO_RUI_RO</valueName>", "");

        assertThat(problems(xml)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/alert/info[1]/parameter[1]");
            assertThat(p.message()).contains("<parameter> has no <valueName>");
        });
    }
}
