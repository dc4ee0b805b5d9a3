package vn.canhbao.gateway.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.canhbao.core.area.Ward;
import vn.canhbao.core.area.WardDirectory;
import vn.canhbao.core.message.SmsSegments;

/** The page's two SMS stay within two segments, in every language, for every ward. */
class SubscriptionSmsTests {

    private final SubscriptionSms sms = new SubscriptionSms(new StandaloneMessages(null), messages());

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void theCodeFitsAndComesFirst(String language) {
        String text = sms.codeText("042817", Duration.ofMinutes(10), Locale.forLanguageTag(language));
        assertThat(text).startsWith("042817 ").contains("10");
        assertThat(SmsSegments.segments(text)).isLessThanOrEqualTo(SubscriptionSms.MAX_SEGMENTS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void theConfirmationFitsForTheLongestWardNameAndALongAddress(String language) {
        String link = "https://canhbao.thanhphohochiminh.gov.vn/huy-dang-ky/"
                + new UnsubscribeLink(
                                new SubscriptionSecret("a-secret-of-at-least-thirty-two-characters"),
                                Duration.ofDays(365))
                        .token("+84912345678", Instant.now());
        WardDirectory wards = WardDirectory.bundled();
        Ward longest = wards.provinces().stream()
                .flatMap(p -> wards.wardsOf(p.code()).stream())
                .max(Comparator.comparingInt(w -> w.name().length()))
                .orElseThrow();
        Ward usual = wards.ward("26737").orElseThrow();
        for (Ward ward : List.of(longest, usual)) {
            String text = sms.subscribedText(ward, link, Locale.forLanguageTag(language));
            assertThat(text).endsWith(link);
            assertThat(SmsSegments.segments(text)).as(text).isLessThanOrEqualTo(SubscriptionSms.MAX_SEGMENTS);
        }
        assertThat(sms.subscribedText(
                        usual,
                        "http://localhost:8080/huy-dang-ky/84912345678.abc.0123456789abcdef",
                        Locale.forLanguageTag(language)))
                .as("a usual ward is named")
                .contains("Phường Tân Định");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/public");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
