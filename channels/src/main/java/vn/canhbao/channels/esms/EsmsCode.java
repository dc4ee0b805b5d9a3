package vn.canhbao.channels.esms;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.canhbao.channels.FailureReason;

/**
 * The {@code CodeResult}s eSMS answers a send with, from its published table
 * (https://developers.esms.vn/en/esms-api/table-of-error-codes; source {@code devesms/gitbook_esms_for_develop_v2_en},
 * {@code esms-api/table-of-error-codes.md}), the ones a brandname SMS can meet, each with the {@link FailureReason} it
 * names. eSMS answers them all with HTTP 200; only the code says what happened.
 *
 * <p>Every code that says the <em>account</em> may not send this (keys, IP whitelist, brandname, template, carrier
 * registration, price list) is {@link FailureReason#AUTH_ERROR}: a fault of the channel that needs an operator, not a
 * retry, and the reason a provider fails over on.
 */
public enum EsmsCode {
    /** "The phone number is blocked in the system": eSMS's own block list, i.e. the subscriber refused messages. */
    PHONE_BLOCKED("99", "The phone number is blocked in the system", FailureReason.OPTED_OUT),
    /** Taken by eSMS; says nothing yet of delivery, which the callback reports. */
    ACCEPTED("100", "The request has been successfully sent", null),
    AUTHENTICATION("101", "Incorrect ApiKey or SecretKey", FailureReason.AUTH_ERROR),
    NO_PRICE_LIST("102", "No price list available", FailureReason.AUTH_ERROR),
    BALANCE("103", "Not enough balance to send message", FailureReason.QUOTA_EXCEEDED),
    BRANDNAME_UNKNOWN("104", "Brandname does not exist", FailureReason.AUTH_ERROR),
    PHONE_FORMAT("108", "Phone number is not in correct format", FailureReason.INVALID_ADDRESS),
    DATA_INCORRECT("110", "The requested data is incorrect", FailureReason.REJECTED),
    TOO_MANY_NUMBERS("120", "List of phone numbers exceeds the limit", FailureReason.REJECTED),
    /**
     * "Duplicate RequestId": eSMS refuses a second request with a RequestId it saw in the last 24 hours. Our RequestId
     * is the dispatch id, so this is our own resend (after a timeout or a crash before the acceptance was recorded)
     * and the first request was taken: the message is on its way once, and the send counts as accepted.
     *
     * <p>Not documented: whether eSMS also remembers the RequestId of a request it refused (e.g. with 104). If it does,
     * a redrive within 24 hours of such a refusal is answered 124 and counted as accepted though nothing was sent; the
     * simulator remembers only what it took.
     */
    DUPLICATE_REQUEST("124", "Duplicate RequestId", null),
    IP_NOT_WHITELISTED("140", "IP is not whitelisted for sending messages", FailureReason.AUTH_ERROR),
    TEMPLATE_NOT_REGISTERED("146", "Wrong customer care template", FailureReason.AUTH_ERROR),
    /** The brandname is not registered with the recipient's carrier (Viettel, MobiFone, VinaPhone …). */
    CARRIER_NOT_REGISTERED("177", "The network is not registered", FailureReason.AUTH_ERROR),
    MISSING_SMS_TYPE("300", "Missing message type", FailureReason.REJECTED);

    private static final Map<String, EsmsCode> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EsmsCode::code, Function.identity()));

    private final String code;
    private final String meaning;
    private final FailureReason reason;

    EsmsCode(String code, String meaning, FailureReason reason) {
        this.code = code;
        this.meaning = meaning;
        this.reason = reason;
    }

    /** The code as eSMS writes it in {@code CodeResult}. */
    public String code() {
        return code;
    }

    /** What eSMS's table says it means. */
    public String meaning() {
        return meaning;
    }

    /** Whether eSMS has the message: {@link #ACCEPTED}, or {@link #DUPLICATE_REQUEST} for our own resend. */
    public boolean taken() {
        return reason == null;
    }

    /** Why the message was not taken; {@code null} when it was. */
    public FailureReason reason() {
        return reason;
    }

    /** The code named {@code codeResult}, or {@code null} for one not in the table. */
    public static EsmsCode of(String codeResult) {
        return codeResult == null ? null : BY_CODE.get(codeResult.strip());
    }
}
