package vn.canhbao.channels.simulator;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** Twilio's answers as WireMock response definitions: the Message resource and Twilio's error body. */
final class TwilioAnswers {

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

    /** A Call resource as Twilio answers a new call: queued, not yet ringing. */
    static ResponseDefinition createdCall(
            String accountSid, String sid, String to, String from, String date, int latencyMillis) {
        String json = "{\"account_sid\":" + JsonAnswer.string(accountSid)
                + ",\"api_version\":\"2010-04-01\""
                + ",\"date_created\":" + JsonAnswer.string(date)
                + ",\"date_updated\":" + JsonAnswer.string(date)
                + ",\"direction\":\"outbound-api\""
                + ",\"from\":" + JsonAnswer.string(from)
                + ",\"sid\":" + JsonAnswer.string(sid)
                + ",\"status\":\"queued\""
                + ",\"to\":" + JsonAnswer.string(to)
                + ",\"uri\":" + JsonAnswer.string("/2010-04-01/Accounts/" + accountSid + "/Calls/" + sid + ".json")
                + "}";
        return JsonAnswer.of(201, json, latencyMillis).build();
    }

    static ResponseDefinition created(MessageResource m, int latencyMillis) {
        String uri = "/2010-04-01/Accounts/" + m.accountSid() + "/Messages/" + m.sid();
        String json = "{\"account_sid\":" + JsonAnswer.string(m.accountSid())
                + ",\"api_version\":\"2010-04-01\""
                + ",\"body\":" + JsonAnswer.string(m.body())
                + ",\"date_created\":" + JsonAnswer.string(m.date())
                + ",\"date_sent\":null"
                + ",\"date_updated\":" + JsonAnswer.string(m.date())
                + ",\"direction\":\"outbound-api\""
                + ",\"error_code\":null,\"error_message\":null"
                + ",\"from\":" + JsonAnswer.string(m.from())
                + ",\"messaging_service_sid\":" + JsonAnswer.string(m.messagingServiceSid())
                + ",\"num_media\":\"0\""
                + ",\"num_segments\":" + JsonAnswer.string(Integer.toString(m.segments()))
                + ",\"price\":null,\"price_unit\":\"USD\""
                + ",\"sid\":" + JsonAnswer.string(m.sid())
                + ",\"status\":" + JsonAnswer.string(m.status())
                + ",\"subresource_uris\":{\"media\":" + JsonAnswer.string(uri + "/Media.json") + "}"
                + ",\"to\":" + JsonAnswer.string(m.to())
                + ",\"uri\":" + JsonAnswer.string(uri + ".json") + "}";
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
        return JsonAnswer.withRetryAfter(
                        json(429, errorBody(429, 20429, "Too Many Requests"), latencyMillis), retryAfterSeconds)
                .build();
    }

    private static ResponseDefinitionBuilder json(int status, String json, int latencyMillis) {
        return JsonAnswer.of(status, json, latencyMillis);
    }

    private static String errorBody(int status, int code, String message) {
        return "{\"code\":" + code + ",\"message\":" + JsonAnswer.string(message)
                + ",\"more_info\":\"https://www.twilio.com/docs/errors/" + code + "\",\"status\":" + status + "}";
    }
}
