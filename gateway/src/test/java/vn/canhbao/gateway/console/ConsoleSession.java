package vn.canhbao.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like session with the console: cookies kept, forms posted with the CSRF token of the page they came from. */
public final class ConsoleSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http;
    private final String host;
    private final int port;
    private String lastPage = "";

    ConsoleSession(int port) {
        this("localhost", port, HttpClient.newBuilder());
    }

    private ConsoleSession(String host, int port, HttpClient.Builder http) {
        this.host = host;
        this.port = port;
        this.http = http.cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Signs in through the login form; fails the test unless it lands on the console. */
    public static ConsoleSession signIn(int port, String user, String password) throws Exception {
        ConsoleSession session = new ConsoleSession(port);
        session.get("/login");
        HttpResponse<String> answer = session.post("/login", Map.of("username", user, "password", password));
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/console"));
        return session;
    }

    /**
     * A session from another client address: its connections leave from {@code address}, a loopback address such as
     * {@code 127.0.0.2}, which the server sees as the request's remote address.
     */
    public static ConsoleSession from(String address, int port) throws Exception {
        // To 127.0.0.1, not localhost: an IPv6 loopback could not be reached from an IPv4 address.
        return new ConsoleSession(
                "127.0.0.1", port, HttpClient.newBuilder().localAddress(InetAddress.getByName(address)));
    }

    public HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        lastPage = answer.body();
        return answer;
    }

    /** Posts a form with the CSRF token of the last page fetched, as a browser would. */
    public HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        Matcher m = CSRF.matcher(lastPage);
        assertThat(m.find()).as("the last page has a CSRF token").isTrue();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", m.group(1));
        return postWithoutToken(path, all);
    }

    HttpResponse<String> postWithoutToken(String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        lastPage = answer.body();
        return answer;
    }

    /** Where a redirect answer points, as a path. */
    static String location(HttpResponse<String> answer) {
        String location = answer.headers().firstValue("Location").orElseThrow();
        return URI.create(location).getPath();
    }

    private URI uri(String path) {
        return URI.create("http://" + host + ":" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
