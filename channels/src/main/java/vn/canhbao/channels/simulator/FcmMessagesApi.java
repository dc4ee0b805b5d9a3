package vn.canhbao.channels.simulator;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers every request to the simulator in code (one WireMock extension, no stub per case), the way FCM's HTTP v1
 * API answers {@code POST /v1/projects/{project}/messages:send}: bearer-token auth, the message checks a sender
 * meets, unregistered tokens, quota and 5xx on demand, and the message's name for what it accepts.
 */
final class FcmMessagesApi implements ResponseDefinitionTransformerV2 {

    private static final Pattern SEND_PATH = Pattern.compile("/v1/projects/([^/]+)/messages:send");
    /** Where a simulator in another process is read and steered; not part of FCM's API. */
    static final String CONTROL_PATH = "/simulator/";
    /** FCM's rule for topic names. */
    private static final Pattern TOPIC = Pattern.compile("[a-zA-Z0-9-_.~%]+");
    /** Real registration tokens are base64url-ish with a colon; anything else FCM calls "not a valid token". */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_:\\-]{1,4096}");
    /** A protobuf Duration in JSON, at most FCM's four weeks. */
    private static final Pattern TTL = Pattern.compile("(\\d{1,7})(\\.\\d{1,9})?s");

    private static final long MAX_TTL_SECONDS = 2_419_200;
    private static final Set<String> RESERVED_DATA_KEYS = Set.of("from", "notification", "message_type");
    /** Beyond this many targets, counts go on but last messages are no longer kept (a benchmark has 100,000+). */
    private static final int MAX_KEPT_MESSAGES = 10_000;

    private final String project;
    private final String expectedAuthorization;
    private final long idPrefix = ThreadLocalRandom.current().nextLong() >>> 1;
    private final AtomicLong idCounter = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicInteger accepted = new AtomicInteger();
    private final ConcurrentHashMap<String, AtomicInteger> acceptedByTarget = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> lastMessageByTarget = new ConcurrentHashMap<>();
    private final Set<String> registeredTokens = ConcurrentHashMap.newKeySet();
    private final AtomicLong failureTicks = new AtomicLong();
    private final AtomicLong failuresServed = new AtomicLong();
    private final AtomicInteger quotaExceededLeft = new AtomicInteger();
    private volatile boolean acceptAnyToken;
    private volatile int latencyMillis;
    private volatile double failureRate;
    private volatile int retryAfterSeconds;

    FcmMessagesApi(String project, String accessToken) {
        this.project = project;
        this.expectedAuthorization = "Bearer " + accessToken;
    }

    @Override
    public String getName() {
        return "fcm-messages-api";
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        String path = request.getUrl();
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.startsWith(CONTROL_PATH)) {
            return control(path, request);
        }
        requests.incrementAndGet();
        Matcher send = SEND_PATH.matcher(path);
        if (!send.matches()) {
            return FcmAnswers.notFound(path, latencyMillis);
        }
        if (!expectedAuthorization.equals(request.getHeader("Authorization"))) {
            return FcmAnswers.unauthenticated(latencyMillis);
        }
        if (!project.equals(send.group(1))) {
            return FcmAnswers.permissionDenied(send.group(1), latencyMillis);
        }
        if (!RequestMethod.POST.equals(request.getMethod())) {
            return FcmAnswers.methodNotAllowed(latencyMillis);
        }
        if (quotaExceededLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            return FcmAnswers.quotaExceeded(retryAfterSeconds, latencyMillis);
        }
        if (failsNow()) {
            return failuresServed.incrementAndGet() % 2 == 0
                    ? FcmAnswers.unavailable(latencyMillis)
                    : FcmAnswers.internal(latencyMillis);
        }
        return send(request.getBodyAsString());
    }

    private ResponseDefinition send(String body) {
        JsonObject message;
        try {
            JsonElement parsed = JsonParser.parseString(body);
            message =
                    parsed.isJsonObject() && parsed.getAsJsonObject().get("message") instanceof JsonObject m ? m : null;
        } catch (RuntimeException notJson) {
            message = null;
        }
        if (message == null) {
            return FcmAnswers.invalidArgument("Invalid JSON payload received.", "message", latencyMillis);
        }
        int targets =
                (message.has("token") ? 1 : 0) + (message.has("topic") ? 1 : 0) + (message.has("condition") ? 1 : 0);
        if (targets != 1) {
            return FcmAnswers.invalidArgument(
                    "Exactly one of token, topic or condition must be specified.", "message", latencyMillis);
        }
        ResponseDefinition refused = checkPayload(message);
        if (refused != null) {
            return refused;
        }
        String target;
        if (message.has("token")) {
            String token = string(message.get("token"));
            if (token == null || !TOKEN.matcher(token).matches()) {
                return FcmAnswers.invalidArgument(
                        "The registration token is not a valid FCM registration token", "message.token", latencyMillis);
            }
            if (!acceptAnyToken && !registeredTokens.contains(token)) {
                return FcmAnswers.unregistered(latencyMillis);
            }
            target = "token:" + token;
        } else if (message.has("topic")) {
            String topic = string(message.get("topic"));
            topic = topic != null && topic.startsWith("/topics/") ? topic.substring("/topics/".length()) : topic;
            if (topic == null || !TOPIC.matcher(topic).matches()) {
                return FcmAnswers.invalidArgument("Invalid topic name.", "message.topic", latencyMillis);
            }
            target = "topic:" + topic;
        } else {
            target = "condition:" + string(message.get("condition"));
        }
        record(target, message.toString());
        // Shaped like FCM's ids ("0:1700000000000000%abc123…"): unique per run, random-looking.
        String id = "0:" + (System.currentTimeMillis() * 1000) + "%"
                + HexFormat.of().toHexDigits(idPrefix ^ (idCounter.incrementAndGet() * 0x9E3779B97F4A7C15L));
        return FcmAnswers.sent("projects/" + project + "/messages/" + id, latencyMillis);
    }

    /** The checks FCM makes on a message's data and Android options, or {@code null} when it passes. */
    private ResponseDefinition checkPayload(JsonObject message) {
        if (message.get("data") instanceof JsonObject data) {
            for (Map.Entry<String, JsonElement> entry : data.entrySet()) {
                String key = entry.getKey();
                if (RESERVED_DATA_KEYS.contains(key) || key.startsWith("google.") || key.startsWith("gcm.")) {
                    return FcmAnswers.invalidArgument(
                            "Invalid data payload key: " + key, "message.data", latencyMillis);
                }
                if (string(entry.getValue()) == null) {
                    return FcmAnswers.invalidArgument(
                            "Invalid value at 'message.data[0].value' (TYPE_STRING)", "message.data", latencyMillis);
                }
            }
        }
        if (message.get("android") instanceof JsonObject android && android.has("ttl")) {
            String ttl = string(android.get("ttl"));
            Matcher valid = ttl == null ? null : TTL.matcher(ttl);
            if (valid == null || !valid.matches() || Long.parseLong(valid.group(1)) > MAX_TTL_SECONDS) {
                return FcmAnswers.invalidArgument(
                        "Invalid value at 'message.android.ttl' (type.googleapis.com/google.protobuf.Duration)",
                        "message.android.ttl",
                        latencyMillis);
            }
        }
        return null;
    }

    private void record(String target, String message) {
        acceptedByTarget.computeIfAbsent(target, key -> new AtomicInteger()).incrementAndGet();
        if (lastMessageByTarget.size() < MAX_KEPT_MESSAGES || lastMessageByTarget.containsKey(target)) {
            lastMessageByTarget.put(target, message);
        }
        accepted.incrementAndGet();
    }

    private static String string(JsonElement element) {
        return element instanceof JsonPrimitive primitive && primitive.isString() ? primitive.getAsString() : null;
    }

    /**
     * {@code GET /simulator/stats}, {@code POST /simulator/reset} and {@code POST /simulator/settings?latencyMs=&
     * failureRate=&quotaExceededNext=&retryAfterSeconds=&acceptAnyToken=}, for a benchmark that runs the simulator in
     * another process.
     */
    private ResponseDefinition control(String path, Request request) {
        String action = path.substring(CONTROL_PATH.length());
        if (action.equals("stats")) {
            return FcmAnswers.json(200, statsJson());
        }
        if (!RequestMethod.POST.equals(request.getMethod())) {
            return FcmAnswers.json(405, "{\"error\":\"use POST\"}");
        }
        if (action.equals("reset")) {
            reset();
            return FcmAnswers.json(200, statsJson());
        }
        if (action.equals("settings")) {
            String url = request.getUrl();
            Map<String, String> settings = query(url.indexOf('?') < 0 ? "" : url.substring(url.indexOf('?') + 1));
            try {
                if (settings.containsKey("latencyMs")) {
                    latencyMillis(Integer.parseInt(settings.get("latencyMs")));
                }
                if (settings.containsKey("failureRate")) {
                    failureRate(Double.parseDouble(settings.get("failureRate")));
                }
                if (settings.containsKey("quotaExceededNext")) {
                    quotaExceededNext(
                            Integer.parseInt(settings.get("quotaExceededNext")),
                            Integer.parseInt(settings.getOrDefault("retryAfterSeconds", "60")));
                }
                if (settings.containsKey("acceptAnyToken")) {
                    acceptAnyToken(Boolean.parseBoolean(settings.get("acceptAnyToken")));
                }
            } catch (IllegalArgumentException bad) {
                JsonObject error = new JsonObject();
                error.addProperty("error", bad.getMessage());
                return FcmAnswers.json(400, error.toString());
            }
            return FcmAnswers.json(200, statsJson());
        }
        return FcmAnswers.json(404, "{\"error\":\"unknown simulator action\"}");
    }

    String statsJson() {
        JsonObject stats = new JsonObject();
        stats.addProperty("requests", requests.get());
        stats.addProperty("accepted", accepted.get());
        stats.addProperty("targets", acceptedByTarget.size());
        stats.addProperty("latencyMs", latencyMillis);
        stats.addProperty("failureRate", failureRate);
        stats.addProperty("acceptAnyToken", acceptAnyToken);
        return stats.toString();
    }

    /** Spreads failures evenly: exactly {@code failureRate} of requests fail, the same way on every run. */
    private boolean failsNow() {
        double rate = failureRate;
        if (rate <= 0) {
            return false;
        }
        long tick = failureTicks.incrementAndGet();
        return Math.floor(tick * rate) > Math.floor((tick - 1) * rate);
    }

    private static Map<String, String> query(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.putIfAbsent(name, value);
        }
        return values;
    }

    long requests() {
        return requests.get();
    }

    int acceptedCount() {
        return accepted.get();
    }

    Map<String, Integer> acceptedCountsByTarget() {
        Map<String, Integer> counts = new TreeMap<>();
        acceptedByTarget.forEach((target, count) -> counts.put(target, count.get()));
        return counts;
    }

    String lastMessageTo(String target) {
        return lastMessageByTarget.get(target);
    }

    void registerToken(String token) {
        registeredTokens.add(token);
    }

    void unregisterToken(String token) {
        registeredTokens.remove(token);
    }

    void acceptAnyToken(boolean any) {
        this.acceptAnyToken = any;
    }

    void latencyMillis(int millis) {
        this.latencyMillis = Math.max(0, millis);
    }

    void failureRate(double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("failureRate must be between 0 and 1, was " + rate);
        }
        this.failureRate = rate;
    }

    void quotaExceededNext(int requests, int retryAfterSeconds) {
        this.retryAfterSeconds = retryAfterSeconds;
        this.quotaExceededLeft.set(Math.max(0, requests));
    }

    /** Forgets what was accepted and clears failure rate and quota mode; tokens, token policy and latency stay. */
    void reset() {
        accepted.set(0);
        acceptedByTarget.clear();
        lastMessageByTarget.clear();
        quotaExceededLeft.set(0);
        failureRate = 0;
        failureTicks.set(0);
        failuresServed.set(0);
        requests.set(0);
    }
}
