package vn.canhbao.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The ward the test warns, set up as a province's administrator would through the API: served with automatic issue,
 * and its residents imported from a CSV file, each reached by SMS.
 */
final class Ward {

    /** Xã Cao Minh, the README's sample bulletin's ward. */
    static final String CODE = "01879";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final List<String> phones = new ArrayList<>();

    Ward(int residents) {
        for (int i = 0; i < residents; i++) {
            // Vinaphone's 091 range, ten digits: distinct, valid Vietnamese mobile numbers.
            phones.add(String.format("091%07d", i));
        }
    }

    /** The residents' numbers as the SMS provider sees them ({@code +84…}). */
    List<String> e164() {
        return phones.stream().map(p -> "+84" + p.substring(1)).toList();
    }

    void setUp(URI replica, String admin, String password) {
        send(replica, admin, password, HttpRequest.newBuilder(replica.resolve("/api/v1/wards/" + CODE + "/policy"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"autoIssue\":true}")));
        StringBuilder csv = new StringBuilder("name,phone,channels\n");
        for (int i = 0; i < phones.size(); i++) {
            csv.append("Cư dân ").append(i + 1).append(',').append(phones.get(i)).append(",SMS\n");
        }
        String report = send(
                replica,
                admin,
                password,
                HttpRequest.newBuilder(replica.resolve("/api/v1/wards/" + CODE + "/residents/import"))
                        .header("Content-Type", "text/csv")
                        .timeout(Duration.ofMinutes(5))
                        .POST(HttpRequest.BodyPublishers.ofString(csv.toString(), StandardCharsets.UTF_8)));
        if (!report.contains("\"inserted\":" + phones.size())) {
            throw new IllegalStateException("The import did not take every resident: " + report);
        }
    }

    private static String send(URI replica, String admin, String password, HttpRequest.Builder request) {
        String basic = Base64.getEncoder().encodeToString((admin + ":" + password).getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> answer = HTTP.send(
                    request.header("Authorization", "Basic " + basic).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                throw new IllegalStateException(
                        request.build().uri() + " answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer.body();
        } catch (IOException e) {
            throw new IllegalStateException(replica + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
