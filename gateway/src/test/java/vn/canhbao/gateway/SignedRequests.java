package vn.canhbao.gateway;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.canhbao.channels.simulator.ZaloSimulator;

/** Provider callbacks as the providers sign them, written out here from their documented algorithms. */
public final class SignedRequests {

    /** The Zalo app id the tests' configuration names. */
    public static final String ZALO_APP_ID = "4318019421573621123";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SignedRequests() {}

    /** Twilio's: HMAC-SHA1 of the URL followed by each parameter name and value, sorted, in Base64. */
    public static String twilioSignature(String url, Map<String, String> form, String authToken) throws Exception {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(form).forEach((k, v) -> data.append(k).append(v));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Posts a form as Twilio does, with {@code signature} as {@code X-Twilio-Signature} (none when null). */
    public static HttpResponse<String> postTwilioForm(String url, Map<String, String> form, String signature)
            throws Exception {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A Zalo OA event with the given fields, stamped now. */
    public static String zaloEvent(String name, String fields) {
        return zaloEvent(name, fields, Instant.now());
    }

    /** A Zalo OA event with the given fields, stamped {@code at}. */
    public static String zaloEvent(String name, String fields, Instant at) {
        return "{\"app_id\":\"%s\",\"event_name\":\"%s\",%s,\"timestamp\":\"%d\"}"
                .formatted(ZALO_APP_ID, name, fields, at.toEpochMilli());
    }

    /** A follower's text to the OA, stamped {@code at}. */
    public static String zaloText(String userId, String msgId, String text, Instant at) {
        return zaloEvent(
                "user_send_text",
                "\"sender\":{\"id\":\"%s\"},\"recipient\":{\"id\":\"579745863508352884\"},".formatted(userId)
                        + "\"message\":{\"msg_id\":\"%s\",\"text\":\"%s\"}".formatted(msgId, text),
                at);
    }

    /** Zalo's: {@code mac=} SHA-256 hex of app_id + raw body + timestamp + OA secret key. */
    public static String zaloSignature(String body) throws Exception {
        String timestamp = body.replaceAll(".*\"timestamp\":\"(\\d+)\".*", "$1");
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest((ZALO_APP_ID + body + timestamp + ZaloSimulator.DEFAULT_OA_SECRET_KEY)
                        .getBytes(StandardCharsets.UTF_8));
        return "mac=" + HexFormat.of().formatHex(digest);
    }

    /** Posts a signed Zalo OA event to canhbao's webhook. */
    public static HttpResponse<String> postZaloEvent(int port, String body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/zalo"))
                        .header("Content-Type", "application/json")
                        .header("X-ZEvent-Signature", zaloSignature(body))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
