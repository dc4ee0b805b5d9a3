package vn.canhbao.channels.simulator;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import vn.canhbao.channels.esms.EsmsCode;

/** eSMS's answers as WireMock response definitions, in the shapes its documentation shows. */
final class EsmsAnswers {

    private EsmsAnswers() {}

    static ResponseDefinition accepted(String smsId, int latencyMillis) {
        return json(
                200,
                "{\"CodeResult\":\"100\",\"CountRegenerate\":0,\"SMSID\":" + JsonAnswer.string(smsId) + "}",
                latencyMillis);
    }

    /** eSMS's answer to a RequestId it has seen: no SMSID, the first request's status. */
    static ResponseDefinition duplicate(int latencyMillis) {
        return json(
                200,
                "{\"CodeResult\":\"124\",\"CountRegenerate\":0,\"ErrorMessage\":\"Request exist 1\",\"SendStatus\":\"5\"}",
                latencyMillis);
    }

    static ResponseDefinition refused(EsmsCode code, int latencyMillis) {
        return json(
                200,
                "{\"CodeResult\":" + JsonAnswer.string(code.code()) + ",\"CountRegenerate\":0,\"ErrorMessage\":"
                        + JsonAnswer.string(code.meaning()) + "}",
                latencyMillis);
    }

    /** What eSMS answers a body it cannot read. */
    static ResponseDefinition invalidRequest(int latencyMillis) {
        return json(400, "{\"error\":\"Invalid request\"}", latencyMillis);
    }

    /** A 429 with {@code Retry-After} when positive; eSMS publishes no rate limit, so this is the front end's answer. */
    static ResponseDefinition tooManyRequests(int retryAfterSeconds, int latencyMillis) {
        return JsonAnswer.withRetryAfter(
                        JsonAnswer.of("text/plain; charset=utf-8", 429, "Too Many Requests", latencyMillis),
                        retryAfterSeconds)
                .build();
    }

    /** eSMS's API is a WCF service; a failure answers its plain error text, not JSON. */
    static ResponseDefinition serverError(int status, int latencyMillis) {
        return plain(status, status == 503 ? "Service Unavailable" : "Request Error", latencyMillis);
    }

    static ResponseDefinition plain(int status, String text, int latencyMillis) {
        return JsonAnswer.of("text/plain; charset=utf-8", status, text, latencyMillis)
                .build();
    }

    private static ResponseDefinition json(int status, String body, int latencyMillis) {
        return JsonAnswer.of(status, body, latencyMillis).build();
    }
}
