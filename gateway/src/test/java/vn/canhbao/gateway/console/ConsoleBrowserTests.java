package vn.canhbao.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.canhbao.gateway.GatewayIntegrationTest;

/**
 * The console in a real browser (the machine's headless Chromium): sign in, compose a drill from a template, read the
 * preview, confirm, issue, and watch the progress fill in without reloading. Screenshots are left in
 * {@code gateway/target/browser/}. Runs where Chromium and its chromedriver are installed ({@code .ci/run} installs
 * them from Debian's packages, and requires this test to run); elsewhere it is skipped.
 */
@EnabledIf("chromiumInstalled")
class ConsoleBrowserTests extends GatewayIntegrationTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("canhbao.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("canhbao.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "browser");

    private WebDriver browser;

    /** Whether to run: where Chromium is installed, and always in CI ({@code CANHBAO_REQUIRE_BROWSER}), to fail there. */
    static boolean chromiumInstalled() {
        return System.getenv("CANHBAO_REQUIRE_BROWSER") != null
                || (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER));
    }

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The flags the machine's closed network needs: no background connections to Google's services.
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1800");
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
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
        return new WebDriverWait(browser, Duration.ofSeconds(40));
    }

    private Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name);
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
