package vn.canhbao.channels.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The JDK HTTP client with our timeouts, speaking Zalo's two request shapes: JSON with an {@code access_token} header
 * (OA and ZNS sends) and a form with a {@code secret_key} header (the token endpoint). One attempt per call: the JDK
 * client does not retry a request that got an answer.
 */
final class ZaloHttp implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final ZaloConfig config;

    ZaloHttp(ZaloConfig config) {
        this.config = config;
        // HTTP/1.1: Zalo's endpoints and the simulator speak it, and the JDK would otherwise try an h2c upgrade.
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    ZaloAnswer postJson(URI uri, String accessToken, JsonNode body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(config.readTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("access_token", accessToken)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                .build();
        return send(request);
    }

    ZaloAnswer postForm(URI uri, Map<String, String> headers, Map<String, String> form)
            throws IOException, InterruptedException {
        StringJoiner encoded = new StringJoiner("&");
        form.forEach((name, value) -> encoded.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(config.readTimeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded.toString(), StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return send(request.build());
    }

    private ZaloAnswer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response =
                client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode body;
        try {
            body = response.body() == null || response.body().isBlank() ? null : JSON.readTree(response.body());
        } catch (IOException notJson) {
            body = null;
        }
        return new ZaloAnswer(
                response.statusCode(),
                body,
                response.headers().firstValue("Retry-After").orElse(null));
    }

    /** Stops the client's selector thread and closes its connections. */
    @Override
    public void close() {
        client.close();
    }

    /** Resolves {@code path} against a base URL that may itself carry a path prefix. */
    static URI resolve(URI base, String path) {
        String text = base.toString();
        return URI.create((text.endsWith("/") ? text.substring(0, text.length() - 1) : text) + path);
    }
}
