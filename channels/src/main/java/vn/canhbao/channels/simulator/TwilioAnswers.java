package vn.canhbao.channels.simulator;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** Twilio's answers as WireMock response definitions: the Message resource and Twilio's error body. */
final class TwilioAnswers {

    private static final String JSON = "application/json; charset=utf-8";

    private TwilioAnswers() {}

    /** The fields of a created Message that vary; the rest are Twilio's constants for a fresh outbound SMS. */
    record MessageResource(
            String accountSid,
            String sid,
            String to,
            String from,
            String messagingServiceSid,
            String body,
            int segments,
            String status,
            String date) {}

    static ResponseDefinition created(MessageResource m, int latencyMillis) {
        String uri = "/2010-04-01/Accounts/" + m.accountSid() + "/Messages/" + m.sid();
        String json = "{\"account_sid\":" + string(m.accountSid())
                + ",\"api_version\":\"2010-04-01\""
                + ",\"body\":" + string(m.body())
                + ",\"date_created\":" + string(m.date())
                + ",\"date_sent\":null"
                + ",\"date_updated\":" + string(m.date())
                + ",\"direction\":\"outbound-api\""
                + ",\"error_code\":null,\"error_message\":null"
                + ",\"from\":" + string(m.from())
                + ",\"messaging_service_sid\":" + string(m.messagingServiceSid())
                + ",\"num_media\":\"0\""
                + ",\"num_segments\":" + string(Integer.toString(m.segments()))
                + ",\"price\":null,\"price_unit\":\"USD\""
                + ",\"sid\":" + string(m.sid())
                + ",\"status\":" + string(m.status())
                + ",\"subresource_uris\":{\"media\":" + string(uri + "/Media.json") + "}"
                + ",\"to\":" + string(m.to())
                + ",\"uri\":" + string(uri + ".json") + "}";
        return json(201, json, latencyMillis).build();
    }

    /** Twilio's error body: {@code {"code", "message", "more_info", "status"}}. */
    static ResponseDefinition error(int status, int code, String message, int latencyMillis) {
        return json(status, errorBody(status, code, message), latencyMillis).build();
    }

    static ResponseDefinition unauthorized(int latencyMillis) {
        return json(401, errorBody(401, 20003, "Authenticate"), latencyMillis)
                .withHeader("WWW-Authenticate", "Basic realm=\"Twilio API\"")
                .build();
    }

    /** A 429 with {@code Retry-After} when {@code retryAfterSeconds} is positive. */
    static ResponseDefinition tooManyRequests(int retryAfterSeconds, int latencyMillis) {
        ResponseDefinitionBuilder answer = json(429, errorBody(429, 20429, "Too Many Requests"), latencyMillis);
        if (retryAfterSeconds > 0) {
            answer.withHeader("Retry-After", Integer.toString(retryAfterSeconds));
        }
        return answer.build();
    }

    static ResponseDefinition json(int status, String json) {
        return json(status, json, 0).build();
    }

    private static ResponseDefinitionBuilder json(int status, String json, int latencyMillis) {
        ResponseDefinitionBuilder answer = ResponseDefinitionBuilder.responseDefinition()
                .withStatus(status)
                .withHeader("Content-Type", JSON)
                .withBody(json);
        if (latencyMillis > 0) {
            answer.withFixedDelay(latencyMillis);
        }
        return answer;
    }

    private static String errorBody(int status, int code, String message) {
        return "{\"code\":" + code + ",\"message\":" + string(message)
                + ",\"more_info\":\"https://www.twilio.com/docs/errors/" + code + "\",\"status\":" + status + "}";
    }

    /** A JSON string literal, or {@code null}. */
    static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
