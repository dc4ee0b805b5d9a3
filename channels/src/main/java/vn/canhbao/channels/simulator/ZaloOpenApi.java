package vn.canhbao.channels.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.io.IOException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Answers every request to the Zalo simulator in code (one WireMock extension), the way Zalo's three hosts answer the
 * calls the adapter makes: the OAuth v4 token endpoint with rotating, single-use refresh tokens; OA consultation
 * messages to followers inside the 7-day window; ZNS template messages by phone with a daily quota, which
 * {@code GET /message/quota} reads. Like Zalo, it answers HTTP 200 with a non-zero {@code error} for refusals.
 */
final class ZaloOpenApi extends SimulatedApi {

    private static final String TOKEN_PATH = "/v4/oa/access_token";
    private static final String CS_PATH = "/v3.0/oa/message/cs";
    private static final String ZNS_PATH = "/message/template";
    private static final String QUOTA_PATH = "/message/quota";
    private static final Pattern ZNS_PHONE = Pattern.compile("84[0-9]{9,10}");
    /** The lifetime Zalo's token endpoint states, about 25 h (secondary, NOT CONFIRMED). */
    private static final String EXPIRES_IN = "90000";

    private static final int MAX_CS_TEXT = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String appId;
    private final String appSecretKey;
    private final AcceptedMessages acceptedByUser = new AcceptedMessages("oa");
    private final AcceptedMessages acceptedByPhone = new AcceptedMessages("zns");
    private final long idPrefix = ThreadLocalRandom.current().nextLong();
    private final AtomicLong idCounter = new AtomicLong();
    private final AtomicLong refreshes = new AtomicLong();
    private final AtomicInteger znsQuotaLeft = new AtomicInteger();
    private final Set<String> followers = ConcurrentHashMap.newKeySet();
    private final Set<String> phonesWithoutZalo = ConcurrentHashMap.newKeySet();
    private final Set<String> spentRefreshTokens = ConcurrentHashMap.newKeySet();
    private volatile int znsDailyQuota;
    private volatile String accessToken;
    private volatile String refreshToken;

    ZaloOpenApi(String appId, String appSecretKey, int znsDailyQuota) {
        super("rateLimitNext", 1);
        this.appId = appId;
        this.appSecretKey = appSecretKey;
        znsDailyQuota(znsDailyQuota);
        authorise();
    }

    @Override
    public String getName() {
        return "zalo-open-api";
    }

    @Override
    ResponseDefinition serve(String path, Request request) {
        if (RequestMethod.GET.equals(request.getMethod()) && QUOTA_PATH.equals(path)) {
            return quota(request);
        }
        if (!RequestMethod.POST.equals(request.getMethod())) {
            return error(404, -1, "Not found");
        }
        return switch (path) {
            case TOKEN_PATH -> token(request);
            case CS_PATH -> send(request, false);
            case ZNS_PATH -> send(request, true);
            default -> error(404, -1, "Not found");
        };
    }

    private synchronized ResponseDefinition token(Request request) {
        if (!appSecretKey.equals(request.getHeader("secret_key"))) {
            // NOT CONFIRMED: the code and name of Zalo's OAuth refusals are not documented where we could read them.
            return tokenError(-14003, "Invalid secret key");
        }
        Map<String, String> form = form(request.getBodyAsString());
        if (!appId.equals(form.get("app_id"))) {
            return tokenError(-14001, "Invalid app_id");
        }
        if (!"refresh_token".equals(form.get("grant_type"))) {
            return tokenError(-14002, "Unsupported grant_type");
        }
        String presented = form.getOrDefault("refresh_token", "");
        if (spentRefreshTokens.contains(presented)) {
            return tokenError(-14014, "Refresh token has been used");
        }
        if (!presented.equals(refreshToken)) {
            return tokenError(-14014, "Invalid refresh token");
        }
        refreshes.incrementAndGet();
        String[] pair = rotate();
        ObjectNode answer = JSON.createObjectNode()
                .put("access_token", pair[0])
                .put("refresh_token", pair[1])
                .put("expires_in", EXPIRES_IN);
        return json(200, answer);
    }

    private ResponseDefinition send(Request request, boolean zns) {
        String presented = request.getHeader("access_token");
        if (presented == null || !presented.equals(accessToken)) {
            return zns ? error(200, -124, "Access token invalid") : error(200, -216, "Access token is invalid");
        }
        if (faults().rateLimitsNow()) {
            // NOT CONFIRMED how Zalo signals a rate limit on these endpoints; the simulator answers plain HTTP 429.
            ResponseDefinitionBuilder answer = builder(429, "{\"error\":-32,\"message\":\"Request limit exceeded\"}");
            return JsonAnswer.withRetryAfter(answer, faults().retryAfterSeconds())
                    .build();
        }
        int failure = faults().failureStatusNow();
        if (failure != 0) {
            return builder(failure, failure == 503 ? "Service Unavailable" : "Internal Server Error")
                    .build();
        }
        JsonNode body;
        try {
            body = JSON.readTree(request.getBodyAsString());
        } catch (IOException notJson) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            return error(200, zns ? -112 : -201, "Body is not valid JSON");
        }
        return zns ? template(body) : consultation(body);
    }

    private ResponseDefinition consultation(JsonNode body) {
        String userId = body.path("recipient").path("user_id").asText("");
        String text = body.path("message").path("text").asText("");
        if (userId.isBlank() || text.isBlank()) {
            return error(200, -201, "Parameters are invalid");
        }
        if (text.codePointCount(0, text.length()) > MAX_CS_TEXT) {
            return error(200, -201, "Text is too long");
        }
        if (!followers.contains(userId)) {
            return error(200, -230, "User has not interacted with the OA in the past 7 days");
        }
        acceptedByUser.record(userId, text);
        ObjectNode answer = success();
        ((ObjectNode) answer.get("data")).put("message_id", nextId()).put("user_id", userId);
        return json(200, answer);
    }

    private ResponseDefinition template(JsonNode body) {
        String phone = body.path("phone").asText("");
        JsonNode data = body.path("template_data");
        if (!ZNS_PHONE.matcher(phone).matches()) {
            return error(200, -108, "Phone number invalid");
        }
        if (body.path("template_id").asText("").isBlank()) {
            return error(200, -109, "Template ID invalid");
        }
        if (!data.isObject() || data.isEmpty()) {
            return error(200, -111, "Template data empty");
        }
        if (phonesWithoutZalo.contains(phone)) {
            return error(200, -118, "Zalo account not existed");
        }
        if (znsQuotaLeft.getAndUpdate(left -> Math.max(0, left - 1)) <= 0) {
            // NOT CONFIRMED number: the daily-quota code as we read Zalo's table.
            return error(200, -144, "OA has exceeded maximum number of daily quota");
        }
        acceptedByPhone.record(phone, data.toString());
        ObjectNode answer = success();
        ObjectNode result = (ObjectNode) answer.get("data");
        result.put("msg_id", nextId()).put("sent_time", Long.toString(System.currentTimeMillis()));
        result.putObject("quota")
                .put("dailyQuota", Integer.toString(znsDailyQuota))
                .put("remainingQuota", Integer.toString(znsQuotaLeft.get()));
        return json(200, answer);
    }

    /**
     * The OA's ZNS quota for the day, both numbers as strings as Zalo types them. Untouched by the injected faults,
     * which are for sends: a quota read between them would spend a planned 429 or failure.
     */
    private ResponseDefinition quota(Request request) {
        String presented = request.getHeader("access_token");
        if (presented == null || !presented.equals(accessToken)) {
            return error(200, -124, "Access token invalid");
        }
        ObjectNode answer = success();
        ((ObjectNode) answer.get("data"))
                .put("dailyQuota", Integer.toString(znsDailyQuota))
                .put("remainingQuota", Integer.toString(znsQuotaLeft.get()));
        return json(200, answer);
    }

    /**
     * Besides stats, reset and settings: {@code POST /simulator/follow?userId=}, {@code /simulator/expire-token} and
     * {@code /simulator/authorise} (answers a fresh token pair).
     */
    @Override
    ResponseDefinition controlAction(String action, Map<String, String> parameters) {
        switch (action) {
            case "follow" -> follow(parameters.getOrDefault("userId", ""));
            case "expire-token" -> expireAccessToken();
            case "authorise" -> {
                String[] pair = authorise();
                return json(
                        200,
                        JSON.createObjectNode()
                                .put("access_token", pair[0])
                                .put("refresh_token", pair[1])
                                .put("expires_in", EXPIRES_IN));
            }
            default -> {
                return super.controlAction(action, parameters);
            }
        }
        return controlAnswer(200, statsJson());
    }

    /** Besides the common settings, {@code znsDailyQuota=}. */
    @Override
    void settings(Map<String, String> settings) {
        super.settings(settings);
        if (settings.containsKey("znsDailyQuota")) {
            znsDailyQuota(Integer.parseInt(settings.get("znsDailyQuota")));
        }
    }

    @Override
    ResponseDefinition controlAnswer(int status, String json) {
        return builder(status, json).build();
    }

    @Override
    String statsJson() {
        return JSON.createObjectNode()
                .put("requests", requests())
                .put("accepted", acceptedCount())
                .put("acceptedOa", acceptedByUser.count())
                .put("acceptedZns", acceptedByPhone.count())
                .put("refreshes", refreshes.get())
                .put("znsQuotaLeft", znsQuotaLeft.get())
                .put("latencyMs", latencyMillis())
                .put("failureRate", faults().failureRate())
                .toString();
    }

    /** A follower's OA messages under their user id, ZNS messages under the phone. */
    @Override
    Map<String, Integer> recipientCounts() {
        Map<String, Integer> counts = new TreeMap<>(acceptedByUser.countsByTo());
        acceptedByPhone.countsByTo().forEach((phone, n) -> counts.merge(phone, n, Integer::sum));
        return counts;
    }

    /** Issues a fresh pair as an operator's consent would; the previous pair stops working. */
    synchronized String[] authorise() {
        return rotate();
    }

    private synchronized String[] rotate() {
        if (refreshToken != null) {
            spentRefreshTokens.add(refreshToken);
        }
        accessToken = "sim-access-" + nextId();
        refreshToken = "sim-refresh-" + nextId();
        return new String[] {accessToken, refreshToken};
    }

    /** The current access token stops working (as after its 25 h); the refresh token still works. */
    void expireAccessToken() {
        accessToken = "expired-" + nextId();
    }

    private String nextId() {
        return HexFormat.of().toHexDigits(idPrefix).substring(0, 8)
                + HexFormat.of().toHexDigits(idCounter.incrementAndGet() * 0x9E3779B97F4A7C15L);
    }

    private static ObjectNode success() {
        ObjectNode answer = JSON.createObjectNode().put("error", 0).put("message", "Success");
        answer.putObject("data");
        return answer;
    }

    private ResponseDefinition error(int status, int code, String message) {
        return json(status, JSON.createObjectNode().put("error", code).put("message", message));
    }

    private ResponseDefinition tokenError(int code, String name) {
        return json(
                200,
                JSON.createObjectNode()
                        .put("error", code)
                        .put("error_name", name)
                        .put("error_reason", name)
                        .put("error_description", name));
    }

    private ResponseDefinition json(int status, JsonNode body) {
        return builder(status, body.toString()).build();
    }

    private ResponseDefinitionBuilder builder(int status, String body) {
        return JsonAnswer.of(status, body, latencyMillis());
    }

    String accessToken() {
        return accessToken;
    }

    String refreshToken() {
        return refreshToken;
    }

    @Override
    List<AcceptedMessages.Message> newestMessages(String to, String contains, int limit) {
        return merged(limit, acceptedByUser.newest(to, contains, limit), acceptedByPhone.newest(to, contains, limit));
    }

    AcceptedMessages acceptedByUser() {
        return acceptedByUser;
    }

    AcceptedMessages acceptedByPhone() {
        return acceptedByPhone;
    }

    int acceptedCount() {
        return acceptedByUser.count() + acceptedByPhone.count();
    }

    long refreshes() {
        return refreshes.get();
    }

    void follow(String userId) {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("userId is required");
        }
        followers.add(userId);
    }

    void unfollow(String userId) {
        followers.remove(userId);
    }

    void withoutZalo(String znsPhone) {
        phonesWithoutZalo.add(znsPhone);
    }

    void znsDailyQuota(int quota) {
        if (quota < 0) {
            throw new IllegalArgumentException("znsDailyQuota must not be negative, was " + quota);
        }
        this.znsDailyQuota = quota;
        this.znsQuotaLeft.set(quota);
    }

    /** Forgets what it accepted, followers and numbers without Zalo; refills the ZNS quota. */
    @Override
    void forgetAccepted() {
        acceptedByUser.clear();
        acceptedByPhone.clear();
        followers.clear();
        phonesWithoutZalo.clear();
        refreshes.set(0);
        znsQuotaLeft.set(znsDailyQuota);
    }
}
