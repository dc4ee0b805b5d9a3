package vn.canhbao.channels.zalo;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import vn.canhbao.channels.FailureClassification;
import vn.canhbao.channels.FailureReason;
import vn.canhbao.channels.RetryAfter;
import vn.canhbao.channels.SendResult;

/**
 * Turns what Zalo answered into a {@link SendResult.Failed}, by HTTP status and Zalo's numeric {@code error} code,
 * never by the wording of a message. Zalo answers most failures with HTTP 200 and a negative {@code error}. The
 * codes are Zalo's own; the status, the timeouts, the detail's cap and blanking are the shared
 * {@link FailureClassification}.
 *
 * <p>Sources: OA codes from chatwoot/chatwoot {@code lib/integrations/zalo/constants.rb} (-216) and
 * subiz/subiz.com {@code docs/110-xu-ly-tinh-huong/6.-xu-ly-loi-zalo-oa.md} (-230); ZNS codes from Zalo's own table
 * https://zalo.cloud/zns/guidelines/handle-error-code (-100 to -112 read there; the codes after -112 follow the
 * order of that table as mirrored by https://helpdesk.getfly.vn/web-version/interactive-blocks/questions-about-zns,
 * and -118 and -124 are also what open-source senders match). Codes marked NOT CONFIRMED are our best reading.
 */
final class ZaloFailureClassifier {

    /** OA: the access token is invalid or expired. */
    static final int OA_INVALID_TOKEN = -216;
    /** OA: the user has not interacted with the OA in the past 7 days; consultation messages are refused. */
    static final int OA_OUTSIDE_WINDOW = -230;
    /** OA: the user does not follow the OA (NOT CONFIRMED; cited by khoicodedao/Poto_platform docs/FIX_ERROR_230.md). */
    static final int OA_NOT_FOLLOWER = -213;
    /** OA: the app made too many requests (NOT CONFIRMED; no official rate-limit table found). */
    static final int OA_RATE_LIMIT = -32;
    /** OA: the OA's message quota is used up (NOT CONFIRMED). */
    static final int OA_OUT_OF_QUOTA = -211;

    /** ZNS: unknown error, "try again later". */
    static final int ZNS_UNKNOWN = -100;
    /** ZNS: the phone number is invalid. */
    static final int ZNS_PHONE_INVALID = -108;
    /** ZNS: the user is inactive, refuses ZNS, or runs an old Zalo (NOT CONFIRMED number). */
    static final int ZNS_USER_CANNOT_RECEIVE = -114;
    /** ZNS: the ZNS account's balance is used up (NOT CONFIRMED number). */
    static final int ZNS_OUT_OF_QUOTA = -115;
    /** ZNS: no Zalo account for this phone, or it is deactivated. */
    static final int ZNS_ACCOUNT_NOT_EXISTED = -118;
    /** ZNS: the account cannot receive ZNS (NOT CONFIRMED number). */
    static final int ZNS_ACCOUNT_CANNOT_RECEIVE = -119;
    /** ZNS: the access token is invalid. */
    static final int ZNS_INVALID_TOKEN = -124;
    /** ZNS: the OA has sent its daily ZNS quota (NOT CONFIRMED number). */
    static final int ZNS_DAILY_QUOTA = -144;

    /** The codes after which a user-id send falls back to ZNS by phone. */
    static final Set<Integer> FALLBACK_TO_ZNS = Set.of(OA_OUTSIDE_WINDOW, OA_NOT_FOLLOWER);

    /** The codes that mean "refresh the token and try that request once more". */
    static final Set<Integer> INVALID_TOKEN = Set.of(OA_INVALID_TOKEN, ZNS_INVALID_TOKEN);

    private static final Set<Integer> INVALID_ADDRESS = Set.of(
            OA_OUTSIDE_WINDOW,
            OA_NOT_FOLLOWER,
            ZNS_PHONE_INVALID,
            ZNS_USER_CANNOT_RECEIVE,
            ZNS_ACCOUNT_NOT_EXISTED,
            ZNS_ACCOUNT_CANNOT_RECEIVE);
    private static final Set<Integer> QUOTA = Set.of(OA_OUT_OF_QUOTA, ZNS_OUT_OF_QUOTA, ZNS_DAILY_QUOTA);
    private static final Set<Integer> RATE_LIMIT = Set.of(OA_RATE_LIMIT);
    private static final Set<Integer> SERVER = Set.of(ZNS_UNKNOWN);

    private final FailureClassification shared;

    ZaloFailureClassifier(List<String> secrets) {
        this.shared = new FailureClassification(secrets);
    }

    /** An answer that is not a success, from {@code api} ("OA" or "ZNS"). */
    SendResult.Failed classify(String api, ZaloAnswer answer, Instant now) {
        int status = answer.status();
        int error = answer.error();
        String said = api + ": HTTP " + status + (error == 0 ? "" : ", Zalo error " + error)
                + (answer.message().isBlank() ? "" : ": " + answer.message());
        return shared.answered(status, reason(status, error), RetryAfter.parse(answer.retryAfter(), now), said);
    }

    /** No answer from {@code api}: {@link ZaloHttp} reports timeouts in the JDK's terms. */
    SendResult.Failed transport(String api, Exception failure) {
        return shared.unanswered("Zalo " + api, failure);
    }

    SendResult.Failed auth(ZaloAuthException failure) {
        return shared.failed(failure.reason(), failure.getMessage());
    }

    /** The reason Zalo's own {@code error} code names, or {@code null} to go by the status. */
    private static FailureReason reason(int status, int error) {
        if (INVALID_TOKEN.contains(error)) {
            return FailureReason.AUTH_ERROR;
        }
        if (RATE_LIMIT.contains(error)) {
            return FailureReason.RATE_LIMITED;
        }
        if (SERVER.contains(error)) {
            return FailureReason.SERVER_ERROR;
        }
        if (INVALID_ADDRESS.contains(error)) {
            return FailureReason.INVALID_ADDRESS;
        }
        if (QUOTA.contains(error)) {
            return FailureReason.QUOTA_EXCEEDED;
        }
        if (error != 0 && status >= 200 && status < 300) {
            // Any other code in a 200: Zalo read the request and refused it; sending it again will not help.
            return FailureReason.REJECTED;
        }
        return null;
    }
}
