package vn.canhbao.gateway.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;

/**
 * {@code ./canhbao post-sample [FILE]} ({@code java -jar canhbao-gateway.jar post-sample [FILE]}): posts a sample CAP
 * bulletin, by default the README's flash-flood warning for Xã Cao Minh, to canhbao running in local mode, with its
 * dates made current by {@link SampleBulletin}, and prints the answer. The key is {@code CANHBAO_LOCAL_API_KEY} or
 * {@code ./data/local-api-key}; the address {@code CANHBAO_URL} or {@code http://localhost:8080}.
 */
public final class PostSampleCommand {

    static final String DEFAULT_FILE = "docs/examples/lu-quet-cao-minh.xml";

    private PostSampleCommand() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : DEFAULT_FILE);
        String base = System.getenv().getOrDefault("CANHBAO_URL", "http://localhost:8080");
        String key = System.getenv("CANHBAO_LOCAL_API_KEY");
        if (key == null || key.isBlank()) {
            Path kept = Path.of("data", "local-api-key");
            if (!Files.exists(kept)) {
                System.err.println("No API key: start canhbao first (./canhbao run), or set CANHBAO_LOCAL_API_KEY.");
                System.exit(1);
            }
            key = Files.readString(kept).strip();
        }
        String xml = SampleBulletin.current(Files.readString(file, StandardCharsets.UTF_8), OffsetDateTime.now());
        HttpResponse<String> answer;
        try (HttpClient http = HttpClient.newHttpClient()) {
            answer = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/cap"))
                            .header("X-Api-Key", key)
                            .header("Content-Type", "application/xml")
                            .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.net.ConnectException e) {
            System.err.println("canhbao does not answer at " + base + ": start it first (./canhbao run).");
            System.exit(1);
            return;
        }
        System.out.println(answer.statusCode() + " " + answer.body());
        System.exit(answer.statusCode() / 100 == 2 ? 0 : 1);
    }
}
