package vn.canhbao.channels.simulator;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What every simulated provider API shares: it answers every request in code (one WireMock extension, no stub per
 * case), counts the requests that reach the provider's paths, holds the injected faults, and answers the control
 * endpoints a simulator in another process is read and steered through: {@code GET /simulator/stats},
 * {@code GET /simulator/messages[?to=][&contains=][&limit=]} (what it took, newest first, with recipients and bodies: how a
 * newcomer reads a leader's link or a subscription code in local mode), {@code GET /simulator/recipients} (how many
 * messages each recipient was given), {@code POST /simulator/reset} and {@code POST /simulator/settings?latencyMs=&failureRate=&<rate limit>=&
 * retryAfterSeconds=}. The control endpoints are not part of any provider's API.
 */
abstract class SimulatedApi implements ResponseDefinitionTransformerV2 {

    static final String CONTROL_PATH = "/simulator/";

    private final FaultInjection faults = new FaultInjection();
    private final AtomicLong requests = new AtomicLong();
    private final String rateLimitSetting;
    private final String defaultRetryAfterSeconds;

    /**
     * @param rateLimitSetting the settings parameter that rate-limits the next N requests
     * @param defaultRetryAfterSeconds its {@code Retry-After} when {@code retryAfterSeconds} is not given
     */
    SimulatedApi(String rateLimitSetting, int defaultRetryAfterSeconds) {
        this.rateLimitSetting = rateLimitSetting;
        this.defaultRetryAfterSeconds = Integer.toString(defaultRetryAfterSeconds);
    }

    @Override
    public final ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        String url = request.getUrl();
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        if (path.startsWith(CONTROL_PATH)) {
            Map<String, String> parameters = form(query < 0 ? "" : url.substring(query + 1));
            return control(path.substring(CONTROL_PATH.length()), request, parameters);
        }
        requests.incrementAndGet();
        return serve(path, request);
    }

    /** The provider's answer to a request on {@code path} (without its query). */
    abstract ResponseDefinition serve(String path, Request request);

    /** The body of {@code GET /simulator/stats}. */
    abstract String statsJson();

    /** The messages listed by {@code GET /simulator/messages}, newest first, at most {@code limit}. */
    abstract List<AcceptedMessages.Message> newestMessages(String to, String contains, int limit);

    /** A control endpoint's answer, with the provider's content type (and, for some, its latency). */
    abstract ResponseDefinition controlAnswer(int status, String json);

    /** Forgets what the provider accepted; {@link #reset()} clears the faults and the request count as well. */
    abstract void forgetAccepted();

    /** How many messages each recipient was given, for {@code GET /simulator/recipients}. */
    abstract Map<String, Integer> recipientCounts();

    /** A control action beyond stats, reset and settings; none by default. May throw IllegalArgumentException. */
    ResponseDefinition controlAction(String action, Map<String, String> parameters) {
        return controlAnswer(404, "{\"error\":\"unknown simulator action\"}");
    }

    /** Applies {@code /simulator/settings}; a provider with settings of its own adds them after these. */
    void settings(Map<String, String> settings) {
        if (settings.containsKey("latencyMs")) {
            faults.latencyMillis(Integer.parseInt(settings.get("latencyMs")));
        }
        if (settings.containsKey("failureRate")) {
            faults.failureRate(Double.parseDouble(settings.get("failureRate")));
        }
        if (settings.containsKey(rateLimitSetting)) {
            faults.rateLimitNext(
                    Integer.parseInt(settings.get(rateLimitSetting)),
                    Integer.parseInt(settings.getOrDefault("retryAfterSeconds", defaultRetryAfterSeconds)));
        }
    }

    private ResponseDefinition control(String action, Request request, Map<String, String> parameters) {
        if (action.equals("stats")) {
            return controlAnswer(200, statsJson());
        }
        if (action.equals("messages")) {
            return messages(parameters);
        }
        if (action.equals("recipients")) {
            return recipients();
        }
        if (!RequestMethod.POST.equals(request.getMethod())) {
            return controlAnswer(405, "{\"error\":\"use POST\"}");
        }
        try {
            switch (action) {
                case "reset" -> reset();
                case "settings" -> settings(parameters);
                default -> {
                    return controlAction(action, parameters);
                }
            }
        } catch (IllegalArgumentException bad) {
            return controlAnswer(400, "{\"error\":" + JsonAnswer.string(bad.getMessage()) + "}");
        }
        return controlAnswer(200, statsJson());
    }

    /** Default and most messages one listing returns; a listing without a recipient holds at most the newest 1,000. */
    static final int LISTED_BY_DEFAULT = 50;

    private ResponseDefinition messages(Map<String, String> parameters) {
        int limit = LISTED_BY_DEFAULT;
        try {
            if (parameters.containsKey("limit")) {
                limit = Math.clamp(Integer.parseInt(parameters.get("limit")), 1, AcceptedMessages.NEWEST_KEPT);
            }
        } catch (NumberFormatException bad) {
            return controlAnswer(400, "{\"error\":\"limit must be a number\"}");
        }
        StringBuilder json = new StringBuilder("{\"messages\":[");
        List<AcceptedMessages.Message> newest = newestMessages(parameters.get("to"), parameters.get("contains"), limit);
        for (int i = 0; i < newest.size(); i++) {
            AcceptedMessages.Message m = newest.get(i);
            json.append(i == 0 ? "" : ",")
                    .append("{\"at\":")
                    .append(JsonAnswer.string(m.at().toString()))
                    .append(",\"kind\":")
                    .append(JsonAnswer.string(m.kind()))
                    .append(",\"to\":")
                    .append(JsonAnswer.string(m.to()))
                    .append(",\"body\":")
                    .append(JsonAnswer.string(m.body()))
                    .append('}');
        }
        return controlAnswer(200, json.append("]}").toString());
    }

    /** Every recipient with the count of what it was given: how a test counts who was missed and who got two. */
    private ResponseDefinition recipients() {
        StringBuilder json = new StringBuilder("{\"recipients\":{");
        String separator = "";
        for (Map.Entry<String, Integer> e : recipientCounts().entrySet()) {
            json.append(separator)
                    .append(JsonAnswer.string(e.getKey()))
                    .append(':')
                    .append(e.getValue());
            separator = ",";
        }
        return controlAnswer(200, json.append("}}").toString());
    }

    /** The newest of several kinds of messages together, newest first. */
    @SafeVarargs
    static List<AcceptedMessages.Message> merged(int limit, List<AcceptedMessages.Message>... lists) {
        return java.util.Arrays.stream(lists)
                .flatMap(List::stream)
                .sorted(java.util.Comparator.comparing(AcceptedMessages.Message::at)
                        .reversed())
                .limit(limit)
                .toList();
    }

    /** Forgets what it accepted and clears the injected faults and the request count; latency stays. */
    final void reset() {
        forgetAccepted();
        faults.reset();
        requests.set(0);
    }

    final FaultInjection faults() {
        return faults;
    }

    /** The delay to give every answer now. */
    final int latencyMillis() {
        return faults.latencyMillis();
    }

    /** How many requests reached the provider's paths, answered or failed (control calls not counted). */
    final long requests() {
        return requests.get();
    }

    /** The fields of a form-encoded body or query string; the first value of a repeated name wins. */
    static Map<String, String> form(String encoded) {
        Map<String, String> form = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return form;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.putIfAbsent(name, value);
        }
        return form;
    }
}
