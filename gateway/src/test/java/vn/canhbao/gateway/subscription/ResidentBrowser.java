package vn.canhbao.gateway.subscription;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resident's phone browser against the running service: keeps cookies (session, language), follows no redirects by
 * itself, and posts forms with the CSRF token it read from the last page, as a browser would.
 */
final class ResidentBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final int port;
    private String csrf;

    ResidentBrowser(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String path) throws Exception {
        return remember(
                http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** Posts a form, with the CSRF token of the last page read; repeated names keep their order. */
    HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) throws Exception {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        if (csrf != null) {
            all.add(Map.entry("_csrf", csrf));
        }
        return remember(http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(all)))
                        .build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    /** Posts a form without any CSRF token, as a forged cross-site request would. */
    HttpResponse<String> postWithoutToken(String path, List<Map.Entry<String, String>> fields) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> remember(HttpResponse<String> response) {
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return response;
    }

    private static String form(List<Map.Entry<String, String>> fields) {
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> f : fields) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : "http://localhost:" + port + path);
    }
}
