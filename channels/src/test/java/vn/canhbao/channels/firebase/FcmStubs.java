package vn.canhbao.channels.firebase;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** FCM HTTP v1 answers for WireMock stubs, in Google's error format. */
final class FcmStubs {

    static final String FCM_ERROR = "type.googleapis.com/google.firebase.fcm.v1.FcmError";
    static final String BAD_REQUEST = "type.googleapis.com/google.rpc.BadRequest";

    private FcmStubs() {}

    static ResponseDefinitionBuilder sent(String name) {
        return json(200, "{\"name\":\"" + name + "\"}");
    }

    /** An error with FCM's own code in the details, or none when {@code fcmCode} is null. */
    static ResponseDefinitionBuilder error(int code, String status, String message, String fcmCode) {
        return error(code, status, message, fcmCode, null);
    }

    /** An error with FCM's code and a {@code google.rpc.BadRequest} naming {@code field}. */
    static ResponseDefinitionBuilder error(int code, String status, String message, String fcmCode, String field) {
        StringBuilder details = new StringBuilder();
        if (fcmCode != null) {
            details.append("{\"@type\":\"" + FCM_ERROR + "\",\"errorCode\":\"" + fcmCode + "\"}");
        }
        if (field != null) {
            if (details.length() > 0) {
                details.append(',');
            }
            details.append("{\"@type\":\"" + BAD_REQUEST + "\",\"fieldViolations\":[{\"field\":\"" + field
                    + "\",\"description\":\"" + message + "\"}]}");
        }
        String body = "{\"error\":{\"code\":" + code + ",\"message\":\"" + message + "\",\"status\":\"" + status + "\""
                + (details.length() == 0 ? "" : ",\"details\":[" + details + "]") + "}}";
        return json(code, body);
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(body);
    }
}
