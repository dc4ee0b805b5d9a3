package vn.canhbao.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.HeadlessBrowser;

/**
 * The console in a real browser (the machine's headless Chromium): sign in, compose a drill from a template, read the
 * preview, confirm, issue, and watch the progress fill in without reloading. Screenshots are left in
 * {@code gateway/target/browser/}. Runs where Chromium and its chromedriver are installed ({@code .ci/run} installs
 * them from Debian's packages, and requires this test to run); elsewhere it is skipped.
 */
@EnabledIf("vn.canhbao.gateway.HeadlessBrowser#available")
class ConsoleBrowserTests extends GatewayIntegrationTest {

    private HeadlessBrowser session;
    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        session = HeadlessBrowser.open(1280, 1800);
        browser = session.driver();
    }

    @AfterEach
    void closeBrowser() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void anOfficerComposesPreviewsIssuesAnExerciseAndWatchesItGoOut() throws Exception {
        browser.get(url("/console"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.id("username")).sendKeys("officer.bachdang");
        browser.findElement(By.id("password")).sendKeys(OFFICER_PASSWORD);
        browser.findElement(By.id("login")).click();
        await().until(b -> b.getCurrentUrl().contains("/console"));

        browser.findElement(By.linkText("Soạn tin diễn tập")).click();
        assertThat(browser.findElement(By.className("exercise-banner")).getText())
                .isEqualTo("DIỄN TẬP — KHÔNG PHẢI CẢNH BÁO THẬT");
        browser.findElement(By.linkText("Bão")).click();
        assertThat(browser.findElement(By.id("headline")).getAttribute("value"))
                .isEqualTo("Bão sắp ảnh hưởng trực tiếp đến Phường Bạch Đằng");
        browser.findElement(By.cssSelector("input[name=riskLevel][value='3']")).click();
        browser.findElement(By.id("preview")).click();

        WebElement sms = await().until(b -> b.findElement(By.id("sms-text")));
        assertThat(sms.getText()).startsWith("[DIỄN TẬP] CẢNH BÁO BÃO").contains("Cấp độ rủi ro 3");
        assertThat(browser.findElement(By.cssSelector(".card.loudspeaker pre")).getText())
                .startsWith("Đây là tin diễn tập.")
                .endsWith("Đây là tin diễn tập.");
        screenshot("console-preview.png");

        browser.findElement(By.id("to-confirm")).click();
        assertThat(browser.findElement(By.className("audience")).getText())
                .contains("Phường Bạch Đằng: " + RESIDENTS + " người");
        browser.findElement(By.id("issue")).click();

        // The page is not reloaded: the numbers are filled in by the live view as dispatches are handed over.
        int expected = expectedByChannel(BACH_DANG).values().stream()
                .mapToInt(Integer::intValue)
                .sum();
        await().until(b -> b.findElement(By.id("total-handed")).getText().equals(String.valueOf(expected)));
        assertThat(browser.findElement(By.id("total-dispatches")).getText()).isEqualTo(String.valueOf(expected));
        assertThat(browser.findElement(By.id("bar-SMS")).getAttribute("value")).isEqualTo("100");
        Path shot = screenshot("console-exercise-progress.png");
        assertThat(Files.size(shot)).isPositive();
    }

    private WebDriverWait await() {
        return session.await();
    }

    private Path screenshot(String name) {
        return session.screenshot(name);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
