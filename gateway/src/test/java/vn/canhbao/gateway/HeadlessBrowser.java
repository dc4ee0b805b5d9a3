package vn.canhbao.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The machine's headless Chromium at a given screen size, for the tests that read what a person reads: the console at
 * a duty officer's 1366×768, the residents' pages at a phone's 390×844. Screenshots are kept in
 * {@code gateway/target/browser/}. Runs where Chromium and its chromedriver are installed ({@code .ci/run} installs
 * them from Debian's packages and sets {@code CANHBAO_REQUIRE_BROWSER}, so that there a missing browser fails).
 */
public final class HeadlessBrowser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "browser");

    private static final Path CHROMIUM = Path.of(System.getProperty("canhbao.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("canhbao.chromedriver", "/usr/bin/chromedriver"));

    private final WebDriver driver;

    private HeadlessBrowser(WebDriver driver) {
        this.driver = driver;
    }

    /** Whether browser tests run: where Chromium is installed, and always in CI, to fail there if it is not. */
    public static boolean available() {
        return System.getenv("CANHBAO_REQUIRE_BROWSER") != null
                || (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER));
    }

    /** A duty officer's laptop. */
    public static HeadlessBrowser desktop() {
        return open(1366, 768);
    }

    /**
     * A resident's phone: a 390×844 viewport emulated as a phone's (a headless window cannot be narrower than about 500
     * pixels, which would hide what a narrow screen breaks).
     */
    public static HeadlessBrowser phone() {
        ChromeOptions options = options(500, 900);
        options.setExperimentalOption(
                "mobileEmulation",
                Map.of(
                        "deviceMetrics",
                        Map.of("width", 390, "height", 844, "pixelRatio", 1.0, "touch", true),
                        "userAgent",
                        "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko)"
                                + " Chrome/120.0 Mobile Safari/537.36"));
        return start(options);
    }

    public static HeadlessBrowser open(int width, int height) {
        return start(options(width, height));
    }

    private static HeadlessBrowser start(ChromeOptions options) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        return new HeadlessBrowser(new ChromeDriver(service, options));
    }

    private static ChromeOptions options(int width, int height) {
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
                "--lang=vi",
                "--window-size=" + width + "," + height);
        return options;
    }

    public WebDriver driver() {
        return driver;
    }

    public void get(String url) {
        driver.get(url);
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    /** Whether anything on the page matches. */
    public boolean has(By by) {
        return !driver.findElements(by).isEmpty();
    }

    /** The visible text of the whole page. */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The element's computed CSS property, e.g. {@code background-color} as {@code rgba(…)}. */
    public String css(By by, String property) {
        return driver.findElement(by).getCssValue(property);
    }

    /**
     * Waits for a condition on the page (an event, not a time), up to 40 s. An element read while the page is being
     * replaced (after a click that submits a form) is stale, and is read again from the new page.
     */
    public WebDriverWait await() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(40));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /**
     * Saves a screenshot of the whole page as it is now, below the fold too, as {@code target/browser/<name>}: a
     * person reviewing it must see what the officer would scroll to.
     */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name);
            Files.write(file, wholePage());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] wholePage() {
        if (!(driver instanceof ChromeDriver chrome)) {
            return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        }
        Number width = (Number) chrome.executeScript("return document.documentElement.clientWidth");
        Number height = (Number) chrome.executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        Map<String, Object> shot = chrome.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
