package vn.canhbao.channels.zalo;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One HTTP answer from Zalo. Zalo says most failures with HTTP 200 and a non-zero {@code error} in the body
 * ({@code {"error":-216,"message":"Access token is invalid"}}), so the body's code matters more than the status.
 *
 * @param body the parsed JSON body, or {@code null} when it was not JSON
 * @param retryAfter the {@code Retry-After} header, or {@code null}
 */
record ZaloAnswer(int status, JsonNode body, String retryAfter) {

    /** Zalo's {@code error} code: 0 for success, or when the body has none. */
    int error() {
        return body == null ? 0 : body.path("error").asInt(0);
    }

    boolean readable() {
        return body != null && body.isObject();
    }

    /** Zalo's own words for a failure, for the dead-letter detail. */
    String message() {
        if (body == null) {
            return "";
        }
        for (String field : new String[] {"message", "error_name", "error_description"}) {
            String text = body.path(field).asText("");
            if (!text.isBlank()) {
                return text;
            }
        }
        return "";
    }

    /** A text field of {@code data}, e.g. {@code message_id} or {@code msg_id}, or {@code null}. */
    String data(String field) {
        if (body == null) {
            return null;
        }
        JsonNode value = body.path("data").path(field);
        return value.isValueNode() && !value.asText().isBlank() ? value.asText() : null;
    }
}
