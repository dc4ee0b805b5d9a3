package vn.canhbao.channels.simulator;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * FCM HTTP v1 answers as WireMock response definitions: the sent message's name, and Google's error format
 * ({@code {"error": {"code", "message", "status", "details": [FcmError, BadRequest]}}},
 * https://firebase.google.com/docs/reference/fcm/rest/v1/ErrorCode).
 */
final class FcmAnswers {

    private static final String JSON = "application/json; charset=UTF-8";
    private static final String FCM_ERROR = "type.googleapis.com/google.firebase.fcm.v1.FcmError";
    private static final String BAD_REQUEST = "type.googleapis.com/google.rpc.BadRequest";

    private FcmAnswers() {}

    static ResponseDefinition sent(String name, int latencyMillis) {
        JsonObject body = new JsonObject();
        body.addProperty("name", name);
        return json(200, body.toString(), latencyMillis).build();
    }

    /** 404 {@code NOT_FOUND} with FCM's {@code UNREGISTERED}: the app was uninstalled or the token rotated. */
    static ResponseDefinition unregistered(int latencyMillis) {
        return error(404, "NOT_FOUND", "Requested entity was not found.", "UNREGISTERED", null, latencyMillis);
    }

    /** 400 {@code INVALID_ARGUMENT}, naming the field when {@code field} is set. */
    static ResponseDefinition invalidArgument(String message, String field, int latencyMillis) {
        return error(400, "INVALID_ARGUMENT", message, "INVALID_ARGUMENT", field, latencyMillis);
    }

    /** 401 {@code UNAUTHENTICATED}, as Google answers a missing, expired or unknown bearer token. */
    static ResponseDefinition unauthenticated(int latencyMillis) {
        return json(
                        401,
                        body(
                                401,
                                "UNAUTHENTICATED",
                                "Request had invalid authentication credentials. Expected OAuth 2 access token, login"
                                        + " cookie or other valid authentication credential.",
                                null,
                                null),
                        latencyMillis)
                .withHeader(
                        "WWW-Authenticate", "Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\"")
                .build();
    }

    /** 403 {@code PERMISSION_DENIED}: the token is valid but not for this project. */
    static ResponseDefinition permissionDenied(String project, int latencyMillis) {
        return json(
                        403,
                        body(
                                403,
                                "PERMISSION_DENIED",
                                "Permission 'cloudmessaging.messages.create' denied on resource"
                                        + " '//cloudresourcemanager.googleapis.com/projects/" + project
                                        + "' (or it may not exist).",
                                null,
                                null),
                        latencyMillis)
                .build();
    }

    /** 429 {@code RESOURCE_EXHAUSTED} with FCM's {@code QUOTA_EXCEEDED}, and {@code Retry-After} if positive. */
    static ResponseDefinition quotaExceeded(int retryAfterSeconds, int latencyMillis) {
        ResponseDefinitionBuilder answer = json(
                429,
                body(
                        429,
                        "RESOURCE_EXHAUSTED",
                        "Quota exceeded for quota metric 'Send requests' and limit 'Send requests per minute per"
                                + " project'.",
                        "QUOTA_EXCEEDED",
                        null),
                latencyMillis);
        return JsonAnswer.withRetryAfter(answer, retryAfterSeconds).build();
    }

    static ResponseDefinition unavailable(int latencyMillis) {
        return error(503, "UNAVAILABLE", "The service is currently unavailable.", "UNAVAILABLE", null, latencyMillis);
    }

    static ResponseDefinition internal(int latencyMillis) {
        return error(500, "INTERNAL", "Internal error encountered.", "INTERNAL", null, latencyMillis);
    }

    static ResponseDefinition notFound(String path, int latencyMillis) {
        return json(
                        404,
                        body(404, "NOT_FOUND", "The requested URL " + path + " was not found.", null, null),
                        latencyMillis)
                .build();
    }

    static ResponseDefinition methodNotAllowed(int latencyMillis) {
        return json(405, body(405, "INVALID_ARGUMENT", "Method not allowed.", null, null), latencyMillis)
                .build();
    }

    /** A control answer, never delayed. */
    static ResponseDefinition json(int status, String json) {
        return json(status, json, 0).build();
    }

    private static ResponseDefinition error(
            int status, String canonical, String message, String fcmCode, String field, int latencyMillis) {
        return json(status, body(status, canonical, message, fcmCode, field), latencyMillis)
                .build();
    }

    private static String body(int code, String status, String message, String fcmCode, String field) {
        JsonObject error = new JsonObject();
        error.addProperty("code", code);
        error.addProperty("message", message);
        error.addProperty("status", status);
        JsonArray details = new JsonArray();
        if (fcmCode != null) {
            JsonObject fcmError = new JsonObject();
            fcmError.addProperty("@type", FCM_ERROR);
            fcmError.addProperty("errorCode", fcmCode);
            details.add(fcmError);
        }
        if (field != null) {
            JsonObject violation = new JsonObject();
            violation.addProperty("field", field);
            violation.addProperty("description", message);
            JsonArray violations = new JsonArray();
            violations.add(violation);
            JsonObject badRequest = new JsonObject();
            badRequest.addProperty("@type", BAD_REQUEST);
            badRequest.add("fieldViolations", violations);
            details.add(badRequest);
        }
        if (!details.isEmpty()) {
            error.add("details", details);
        }
        JsonObject body = new JsonObject();
        body.add("error", error);
        return body.toString();
    }

    private static ResponseDefinitionBuilder json(int status, String json, int latencyMillis) {
        return JsonAnswer.of(JSON, status, json, latencyMillis);
    }
}
