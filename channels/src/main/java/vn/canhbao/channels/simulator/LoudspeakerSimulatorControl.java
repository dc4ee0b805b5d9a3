package vn.canhbao.channels.simulator;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code GET /simulator/stats}, {@code POST /simulator/reset} and {@code POST /simulator/settings?latencyMs=&
 * failureRate=&rateLimitNext=&retryAfterSeconds=}, for a benchmark that runs the loudspeaker simulator in another
 * process. Not part of the loudspeaker contract.
 */
final class LoudspeakerSimulatorControl {

    private LoudspeakerSimulatorControl() {}

    static ResponseDefinition answer(LoudspeakerBroadcastApi api, String action, Request request) {
        if (action.equals("stats")) {
            return api.json(200, stats(api)).build();
        }
        if (!RequestMethod.POST.equals(request.getMethod())) {
            return api.json(405, "{\"error\":\"use POST\"}").build();
        }
        if (action.equals("reset")) {
            api.reset();
            return api.json(200, stats(api)).build();
        }
        if (!action.equals("settings")) {
            return api.json(404, "{\"error\":\"unknown simulator action\"}").build();
        }
        Map<String, String> settings = query(request.getUrl());
        try {
            if (settings.containsKey("latencyMs")) {
                api.latencyMillis(Integer.parseInt(settings.get("latencyMs")));
            }
            if (settings.containsKey("failureRate")) {
                api.failureRate(Double.parseDouble(settings.get("failureRate")));
            }
            if (settings.containsKey("rateLimitNext")) {
                api.rateLimitNext(
                        Integer.parseInt(settings.get("rateLimitNext")),
                        Integer.parseInt(settings.getOrDefault("retryAfterSeconds", "1")));
            }
        } catch (IllegalArgumentException bad) {
            return api.json(400, "{\"error\":" + TwilioAnswers.string(bad.getMessage()) + "}")
                    .build();
        }
        return api.json(200, stats(api)).build();
    }

    static String stats(LoudspeakerBroadcastApi api) {
        return "{\"requests\":" + api.requests() + ",\"broadcasts\":" + api.broadcasts() + ",\"duplicates\":"
                + api.duplicates() + ",\"clusters\":" + api.played().recipients() + ",\"latencyMs\":"
                + api.latencyMillis() + ",\"failureRate\":" + api.failureRate() + "}";
    }

    private static Map<String, String> query(String url) {
        Map<String, String> values = new HashMap<>();
        int start = url.indexOf('?');
        if (start < 0) {
            return values;
        }
        for (String pair : url.substring(start + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }
}
