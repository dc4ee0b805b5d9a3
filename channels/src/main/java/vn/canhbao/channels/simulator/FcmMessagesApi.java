package vn.canhbao.channels.simulator;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.HexFormat;
import java.util.List;
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
 * Answers the simulator's requests the way FCM's HTTP v1 API answers {@code POST /v1/projects/{project}/messages:send}:
 * bearer-token auth, the message checks a sender meets, unregistered tokens, quota and 5xx on demand, and the message's
 * name for what it accepts.
 */
final class FcmMessagesApi extends SimulatedApi {

    private static final Pattern SEND_PATH = Pattern.compile("/v1/projects/([^/]+)/messages:send");
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
    private final AtomicInteger accepted = new AtomicInteger();
    private final ConcurrentHashMap<String, AtomicInteger> acceptedByTarget = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> lastMessageByTarget = new ConcurrentHashMap<>();
    private final Set<String> registeredTokens = ConcurrentHashMap.newKeySet();
    private volatile boolean acceptAnyToken;

    FcmMessagesApi(String project, String accessToken) {
        super("quotaExceededNext", 60);
        this.project = project;
        this.expectedAuthorization = "Bearer " + accessToken;
    }

    @Override
    public String getName() {
        return "fcm-messages-api";
    }

    @Override
    ResponseDefinition serve(String path, Request request) {
        int latencyMillis = latencyMillis();
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
        if (faults().rateLimitsNow()) {
            return FcmAnswers.quotaExceeded(faults().retryAfterSeconds(), latencyMillis);
        }
        int failure = faults().failureStatusNow();
        if (failure != 0) {
            return failure == 503 ? FcmAnswers.unavailable(latencyMillis) : FcmAnswers.internal(latencyMillis);
        }
        return send(request.getBodyAsString(), latencyMillis);
    }

    private ResponseDefinition send(String body, int latencyMillis) {
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
        ResponseDefinition refused = checkPayload(message, latencyMillis);
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
    private ResponseDefinition checkPayload(JsonObject message, int latencyMillis) {
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

    private final AcceptedMessages listed = new AcceptedMessages("push");

    @Override
    List<AcceptedMessages.Message> newestMessages(String target, String contains, int limit) {
        if (target == null || target.isBlank() || target.contains(":")) {
            return listed.newest(target, contains, limit);
        }
        // A bare device token or topic name, as a newcomer would paste it.
        return merged(
                limit,
                listed.newest("token:" + target.strip(), contains, limit),
                listed.newest("topic:" + target.strip(), contains, limit));
    }

    @Override
    Map<String, Integer> recipientCounts() {
        return listed.countsByTo();
    }

    private void record(String target, String message) {
        listed.record(target, message);
        acceptedByTarget.computeIfAbsent(target, key -> new AtomicInteger()).incrementAndGet();
        if (lastMessageByTarget.size() < MAX_KEPT_MESSAGES || lastMessageByTarget.containsKey(target)) {
            lastMessageByTarget.put(target, message);
        }
        accepted.incrementAndGet();
    }

    private static String string(JsonElement element) {
        return element instanceof JsonPrimitive primitive && primitive.isString() ? primitive.getAsString() : null;
    }

    /** Besides the common settings, {@code acceptAnyToken=true|false}. */
    @Override
    void settings(Map<String, String> settings) {
        super.settings(settings);
        if (settings.containsKey("acceptAnyToken")) {
            acceptAnyToken(Boolean.parseBoolean(settings.get("acceptAnyToken")));
        }
    }

    @Override
    ResponseDefinition controlAnswer(int status, String json) {
        return FcmAnswers.json(status, json);
    }

    @Override
    String statsJson() {
        JsonObject stats = new JsonObject();
        stats.addProperty("requests", requests());
        stats.addProperty("accepted", accepted.get());
        stats.addProperty("targets", acceptedByTarget.size());
        stats.addProperty("latencyMs", latencyMillis());
        stats.addProperty("failureRate", faults().failureRate());
        stats.addProperty("acceptAnyToken", acceptAnyToken);
        return stats.toString();
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

    /** Forgets what was accepted; tokens and token policy stay. */
    @Override
    void forgetAccepted() {
        accepted.set(0);
        acceptedByTarget.clear();
        listed.clear();
        lastMessageByTarget.clear();
    }
}
