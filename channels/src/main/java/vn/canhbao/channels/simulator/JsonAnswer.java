package vn.canhbao.channels.simulator;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** A simulator's JSON answer as WireMock builds it, and JSON string literals for bodies written by hand. */
final class JsonAnswer {

    static final String UTF_8_JSON = "application/json; charset=utf-8";

    private JsonAnswer() {}

    /** A JSON answer ({@code charset=utf-8}), delayed by {@code latencyMillis} when positive. */
    static ResponseDefinitionBuilder of(int status, String body, int latencyMillis) {
        return of(UTF_8_JSON, status, body, latencyMillis);
    }

    static ResponseDefinitionBuilder of(String contentType, int status, String body, int latencyMillis) {
        ResponseDefinitionBuilder answer = ResponseDefinitionBuilder.responseDefinition()
                .withStatus(status)
                .withHeader("Content-Type", contentType)
                .withBody(body);
        return latencyMillis > 0 ? answer.withFixedDelay(latencyMillis) : answer;
    }

    /** Adds {@code Retry-After} to a rate-limited answer when {@code seconds} is positive. */
    static ResponseDefinitionBuilder withRetryAfter(ResponseDefinitionBuilder answer, int seconds) {
        return seconds > 0 ? answer.withHeader("Retry-After", Integer.toString(seconds)) : answer;
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
