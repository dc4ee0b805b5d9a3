package vn.canhbao.channels.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers the loudspeaker simulator's requests as canhbao's loudspeaker contract ({@code docs/loudspeaker-api.md}) says
 * a vendor's gateway answers, with the contract's own field names: Bearer auth, validation, {@code Idempotency-Key} (a
 * second create with a key answers 409 with the broadcast made the first time and never broadcasts again), 429 and 5xx
 * on demand, and {@code GET /broadcasts/{id}}.
 */
final class LoudspeakerBroadcastApi extends SimulatedApi {

    static final Set<String> VOICES =
            Set.of("female_north", "male_north", "female_central", "male_central", "female_south", "male_south");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BROADCASTS = "/broadcasts";

    private final String expectedAuthorization;
    private final Set<String> clusters = ConcurrentHashMap.newKeySet();
    private final Set<String> offline = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<String, LoudspeakerBroadcast> byKey = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, LoudspeakerBroadcast> byId = new ConcurrentHashMap<>();
    private final AcceptedMessages played = new AcceptedMessages("broadcast");
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private volatile boolean anyCluster;
    private volatile Duration playDuration = Duration.ZERO;
    private volatile LoudspeakerCallbackSender callbacks;

    LoudspeakerBroadcastApi(String apiKey, Set<String> knownClusters) {
        super("rateLimitNext", 1);
        this.expectedAuthorization = "Bearer " + apiKey;
        this.clusters.addAll(knownClusters);
    }

    @Override
    public String getName() {
        return "loudspeaker-broadcast-api";
    }

    @Override
    ResponseDefinition serve(String path, Request request) {
        if (!path.equals(BROADCASTS) && !path.startsWith(BROADCASTS + "/")) {
            return error(404, "not_found", "Không có tài nguyên " + path);
        }
        if (!expectedAuthorization.equals(request.getHeader("Authorization"))) {
            return error(401, "unauthorized", "Thiếu hoặc sai khóa truy cập");
        }
        if (RequestMethod.GET.equals(request.getMethod()) && path.length() > BROADCASTS.length() + 1) {
            LoudspeakerBroadcast broadcast = byId.get(path.substring(BROADCASTS.length() + 1));
            return broadcast == null
                    ? error(404, "not_found", "Không có bản tin " + path)
                    : json(200, broadcast.json(Instant.now())).build();
        }
        if (!RequestMethod.POST.equals(request.getMethod()) || !path.equals(BROADCASTS)) {
            return error(405, "method_not_allowed", "Chỉ nhận POST " + BROADCASTS);
        }
        if (faults().rateLimitsNow()) {
            ResponseDefinitionBuilder answer =
                    json(429, errorBody("rate_limited", "Quá nhiều yêu cầu, vui lòng thử lại sau"));
            return JsonAnswer.withRetryAfter(answer, faults().retryAfterSeconds())
                    .build();
        }
        int failure = faults().failureStatusNow();
        if (failure != 0) {
            return failure == 503
                    ? error(503, "unavailable", "Hệ thống đang bảo trì")
                    : error(500, "internal", "Lỗi máy chủ");
        }
        return create(request.getHeader("Idempotency-Key"), request.getBodyAsString());
    }

    private ResponseDefinition create(String key, String body) {
        if (key == null || key.isBlank()) {
            return error(400, "missing_idempotency_key", "Thiếu tiêu đề Idempotency-Key");
        }
        LoudspeakerBroadcast earlier = byKey.get(key);
        if (earlier != null) {
            return duplicate(earlier);
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException notJson) {
            json = null;
        }
        if (json == null || !json.isObject()) {
            return error(400, "invalid_request", "Nội dung không phải JSON");
        }
        List<String> clusterIds = new ArrayList<>();
        json.path("clusterIds").forEach(cluster -> clusterIds.add(cluster.asText()));
        if (clusterIds.isEmpty()) {
            return error(400, "invalid_request", "clusterIds phải có ít nhất một cụm loa");
        }
        for (String cluster : clusterIds) {
            if (!anyCluster && !clusters.contains(cluster)) {
                return error(400, "invalid_cluster", "Không tìm thấy cụm loa " + cluster);
            }
        }
        String text = json.path("text").asText("");
        String audioUrl = json.path("audioUrl").asText("");
        if (text.isBlank() == audioUrl.isBlank()) {
            return error(400, "invalid_request", "Cần đúng một trong hai trường text hoặc audioUrl");
        }
        String voice = json.path("voice").asText("female_north");
        if (!text.isBlank() && !VOICES.contains(voice)) {
            return error(400, "invalid_voice", "Không có giọng đọc " + voice);
        }
        int repeat = json.path("repeat").asInt(1);
        if (repeat < 1 || repeat > 10) {
            return error(400, "invalid_request", "repeat phải từ 1 đến 10");
        }
        if (!Set.of("emergency", "normal").contains(json.path("priority").asText("normal"))) {
            return error(400, "invalid_request", "priority phải là emergency hoặc normal");
        }
        Instant now = Instant.now();
        LoudspeakerBroadcast made = new LoudspeakerBroadcast(
                "bc_" + Long.toString(ids.incrementAndGet(), 36) + "_" + Long.toHexString(now.toEpochMilli()),
                json.path("reference").asText(null),
                List.copyOf(clusterIds),
                text.isBlank() ? audioUrl : text,
                json.path("callbackUrl").asText(null),
                now,
                now.plus(playDuration),
                clusterIds.stream().anyMatch(offline::contains));
        LoudspeakerBroadcast kept = byKey.putIfAbsent(key, made);
        if (kept != null) {
            return duplicate(kept); // a concurrent create with the same key won
        }
        byId.put(made.id(), made);
        clusterIds.forEach(cluster -> played.record(cluster, made.text()));
        LoudspeakerCallbackSender sender = callbacks;
        if (sender != null && made.callbackUrl() != null) {
            sender.schedule(made.callbackUrl(), playDuration, () -> made.json(Instant.now()));
        }
        return json(201, made.createdJson())
                .withHeader("Location", BROADCASTS + "/" + made.id())
                .build();
    }

    private ResponseDefinition duplicate(LoudspeakerBroadcast earlier) {
        duplicates.incrementAndGet();
        return json(409, earlier.json(Instant.now()))
                .withHeader("Location", BROADCASTS + "/" + earlier.id())
                .build();
    }

    private ResponseDefinition error(int status, String code, String message) {
        return json(status, errorBody(code, message)).build();
    }

    static String errorBody(String code, String message) {
        return "{\"error\":{\"code\":" + JsonAnswer.string(code) + ",\"message\":" + JsonAnswer.string(message) + "}}";
    }

    private ResponseDefinitionBuilder json(int status, String body) {
        return JsonAnswer.of(status, body, latencyMillis());
    }

    @Override
    ResponseDefinition controlAnswer(int status, String json) {
        return json(status, json).build();
    }

    @Override
    String statsJson() {
        return "{\"requests\":" + requests() + ",\"broadcasts\":" + broadcasts() + ",\"duplicates\":" + duplicates()
                + ",\"clusters\":" + played.recipients() + ",\"latencyMs\":" + latencyMillis() + ",\"failureRate\":"
                + faults().failureRate() + "}";
    }

    @Override
    List<AcceptedMessages.Message> newestMessages(String cluster, String contains, int limit) {
        return played.newest(cluster, contains, limit);
    }

    @Override
    Map<String, Integer> recipientCounts() {
        return played.countsByTo();
    }

    AcceptedMessages played() {
        return played;
    }

    int broadcasts() {
        return byId.size();
    }

    long duplicates() {
        return duplicates.get();
    }

    void addClusters(Set<String> known) {
        clusters.addAll(known);
    }

    void acceptAnyCluster() {
        anyCluster = true;
    }

    void offline(String cluster) {
        offline.add(cluster);
    }

    void playDuration(Duration duration) {
        playDuration = duration.isNegative() ? Duration.ZERO : duration;
    }

    void callbacks(LoudspeakerCallbackSender sender) {
        LoudspeakerCallbackSender previous = callbacks;
        callbacks = sender;
        if (previous != null) {
            previous.close();
        }
    }

    LoudspeakerCallbackSender callbacks() {
        return callbacks;
    }

    /** Forgets its broadcasts, idempotency keys and offline clusters; clusters, play time and callbacks stay. */
    @Override
    void forgetAccepted() {
        byKey.clear();
        byId.clear();
        played.clear();
        offline.clear();
        duplicates.set(0);
    }
}
