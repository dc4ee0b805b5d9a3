package vn.canhbao.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The console's and the residents' words share one message source: a key in both would show one page the other's
 * words. And every word has its English.
 */
class MessageBundlesTests {

    @Test
    void theConsoleAndTheResidentsPagesUseDifferentKeys() throws IOException {
        Set<String> shared = new TreeSet<>(keys("i18n/console.properties"));
        shared.retainAll(keys("i18n/public.properties"));

        assertThat(shared).isEmpty();
    }

    @Test
    void everyVietnameseWordHasItsEnglish() throws IOException {
        assertThat(keys("i18n/console_en.properties")).isEqualTo(keys("i18n/console.properties"));
        assertThat(keys("i18n/public_en.properties")).isEqualTo(keys("i18n/public.properties"));
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(
                MessageBundlesTests.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
