package vn.canhbao.channels.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.io.IOException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import vn.canhbao.channels.esms.EsmsCode;
import vn.canhbao.channels.esms.EsmsPhoneNumber;
import vn.canhbao.channels.esms.EsmsSmsAdapter;

/**
 * Answers the simulator's requests the way eSMS answers {@code SendMultipleMessage_V4_post_json}: HTTP 200 with a
 * {@code CodeResult} for every outcome (101 for wrong keys, 300 without a message type, 104 for a brandname it does not
 * know, 108 for a number that is not Vietnamese, 99 for a blocked one, 124 for a RequestId it has seen), 100 with
 * {@code CountRegenerate} and a fresh {@code SMSID} for what it takes, and 429 or 5xx when told to fail.
 */
final class EsmsSendApi extends SimulatedApi {

    /** One message eSMS took, with what a delivery report needs. */
    record Sent(String smsId, String requestId, String phone, String callbackUrl) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEND_PATH = EsmsSmsAdapter.SEND_PATH;

    private final String apiKey;
    private final String secretKey;
    private final Set<String> brandnames = ConcurrentHashMap.newKeySet();
    private final Set<String> blocked = ConcurrentHashMap.newKeySet();
    private final AcceptedMessages accepted = new AcceptedMessages("sms");
    private final ConcurrentHashMap<String, Sent> byRequestId = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Sent> bySmsId = new ConcurrentHashMap<>();
    private final long idPrefix = ThreadLocalRandom.current().nextLong();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicInteger codedLeft = new AtomicInteger();
    private volatile EsmsCode nextCode;
    private final EsmsReportSender reports = new EsmsReportSender();
    private volatile boolean autoReports;

    EsmsSendApi(String apiKey, String secretKey, Set<String> brandnames) {
        super("rateLimitNext", 1);
        this.apiKey = apiKey;
        this.secretKey = secretKey;
        this.brandnames.addAll(brandnames);
    }

    @Override
    public String getName() {
        return "esms-send-api";
    }

    @Override
    ResponseDefinition serve(String path, Request request) {
        // The documented path ends with a slash; WCF answers without it too.
        if (!path.equals(SEND_PATH) && !path.equals(SEND_PATH.substring(0, SEND_PATH.length() - 1))) {
            return EsmsAnswers.plain(404, "Endpoint not found.", latencyMillis());
        }
        if (!RequestMethod.POST.equals(request.getMethod())) {
            return EsmsAnswers.plain(405, "Method not allowed.", latencyMillis());
        }
        JsonNode json = parseOrNull(request.getBodyAsString());
        if (json == null || !json.isObject()) {
            return EsmsAnswers.invalidRequest(latencyMillis());
        }
        String phone = field(json, "Phone");
        String recipient = EsmsPhoneNumber.e164(phone).orElse(phone);
        if (faults().rateLimitsNow(recipient)) {
            return EsmsAnswers.tooManyRequests(faults().retryAfterSeconds(), latencyMillis());
        }
        int failure = faults().outageNow(recipient) ? 503 : faults().failureStatusNow();
        if (failure != 0) {
            return EsmsAnswers.serverError(failure, latencyMillis());
        }
        EsmsCode refusal = refusal(json, phone);
        if (refusal != null) {
            return EsmsAnswers.refused(refusal, latencyMillis());
        }
        if (field(json, "Content") == null) {
            return EsmsAnswers.invalidRequest(latencyMillis());
        }
        return take(json, phone, recipient);
    }

    /** The code eSMS refuses this request with, in the order it checks, or {@code null} to take it. */
    private EsmsCode refusal(JsonNode json, String phone) {
        EsmsCode forced = nextCode;
        if (forced != null && codedLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            return forced;
        }
        if (!apiKey.equals(field(json, "ApiKey")) || !secretKey.equals(field(json, "SecretKey"))) {
            return EsmsCode.AUTHENTICATION;
        }
        if (field(json, "SmsType") == null) {
            return EsmsCode.MISSING_SMS_TYPE;
        }
        if (!brandnames.contains(String.valueOf(field(json, "Brandname")))) {
            return EsmsCode.BRANDNAME_UNKNOWN;
        }
        if (EsmsPhoneNumber.national(phone).isEmpty()) {
            return EsmsCode.PHONE_FORMAT;
        }
        if (blocked.contains(EsmsPhoneNumber.e164(phone).orElseThrow())) {
            return EsmsCode.PHONE_BLOCKED;
        }
        return null;
    }

    private ResponseDefinition take(JsonNode json, String phone, String recipient) {
        String requestId = field(json, "RequestId");
        Sent sent = new Sent(
                HexFormat.of().toHexDigits(idPrefix)
                        + HexFormat.of().toHexDigits(ids.incrementAndGet() * 0x9E3779B97F4A7C15L),
                requestId,
                EsmsPhoneNumber.national(phone).orElseThrow(),
                field(json, "CallbackUrl"));
        if (requestId != null && byRequestId.putIfAbsent(requestId, sent) != null) {
            // eSMS keeps a RequestId for 24 hours; this simulator until it is reset.
            duplicates.incrementAndGet();
            return EsmsAnswers.duplicate(latencyMillis());
        }
        bySmsId.put(sent.smsId(), sent);
        accepted.record(recipient, field(json, "Content"));
        if (autoReports && sent.callbackUrl() != null) {
            reports.sendLater(sent, 5, true);
        }
        return EsmsAnswers.accepted(sent.smsId(), latencyMillis());
    }

    /** Reports on the message eSMS gave {@code smsId}, to its CallbackUrl, now; the callback's HTTP status. */
    int report(String smsId, int sendStatus, boolean delivered) {
        Sent sent = smsId == null ? null : bySmsId.get(smsId);
        if (sent == null) {
            throw new IllegalArgumentException("no message with SMSID " + smsId);
        }
        if (sent.callbackUrl() == null) {
            throw new IllegalArgumentException("message " + smsId + " was sent without a CallbackUrl");
        }
        return reports.send(sent, sendStatus, delivered);
    }

    @Override
    ResponseDefinition controlAction(String action, Map<String, String> parameters) {
        if (!action.equals("report")) {
            return super.controlAction(action, parameters);
        }
        int status = report(
                parameters.get("SMSID"),
                Integer.parseInt(parameters.getOrDefault("SendStatus", "5")),
                Boolean.parseBoolean(parameters.getOrDefault("delivered", "true")));
        return controlAnswer(200, "{\"callbackStatus\":" + status + "}");
    }

    @Override
    void settings(Map<String, String> settings) {
        super.settings(settings);
        if (settings.containsKey("autoReports")) {
            autoReports = Boolean.parseBoolean(settings.get("autoReports"));
        }
        if (settings.containsKey("answerNext")) {
            EsmsCode code = EsmsCode.of(settings.get("answerNext"));
            if (code == null) {
                throw new IllegalArgumentException("answerNext must be a code of eSMS's table");
            }
            answerNext(Integer.parseInt(settings.getOrDefault("answerCount", "1")), code);
        }
    }

    void answerNext(int requests, EsmsCode code) {
        if (code.taken()) {
            throw new IllegalArgumentException("answerNext takes a refusal, not " + code);
        }
        nextCode = code;
        codedLeft.set(Math.max(0, requests));
    }

    void autoReports(boolean on) {
        autoReports = on;
    }

    void block(String phone) {
        blocked.add(EsmsPhoneNumber.e164(phone).orElse(phone));
    }

    void registerBrandname(String brandname) {
        brandnames.add(brandname);
    }

    boolean knows(String brandname) {
        return brandnames.contains(brandname);
    }

    /** The SMSID eSMS gave the request with this RequestId, or {@code null}. */
    String smsIdOf(String requestId) {
        Sent sent = byRequestId.get(requestId);
        return sent == null ? null : sent.smsId();
    }

    AcceptedMessages accepted() {
        return accepted;
    }

    long duplicates() {
        return duplicates.get();
    }

    long reportsSent() {
        return reports.sent();
    }

    void close() {
        reports.close();
    }

    @Override
    String statsJson() {
        return "{\"requests\":" + requests() + ",\"accepted\":" + accepted.count() + ",\"duplicates\":" + duplicates()
                + ",\"recipients\":" + accepted.recipients() + ",\"recipientsWithDuplicates\":"
                + accepted.recipientsWithDuplicates() + ",\"peakPerSecond\":" + accepted.peakPerSecond()
                + ",\"reportsSent\":" + reportsSent() + ",\"autoReports\":" + autoReports + ",\"latencyMs\":"
                + latencyMillis() + ",\"failureRate\":" + faults().failureRate() + "}";
    }

    @Override
    Map<String, Integer> recipientCounts() {
        return accepted.countsByTo();
    }

    @Override
    List<AcceptedMessages.Message> newestMessages(String to, String contains, int limit) {
        return accepted.newest(to, contains, limit);
    }

    @Override
    ResponseDefinition controlAnswer(int status, String json) {
        return JsonAnswer.of(status, json, 0).build();
    }

    /** Forgets what it took, the RequestIds it saw, blocked numbers and a pending answerNext; brandnames stay. */
    @Override
    void forgetAccepted() {
        accepted.clear();
        byRequestId.clear();
        bySmsId.clear();
        blocked.clear();
        duplicates.set(0);
        codedLeft.set(0);
        nextCode = null;
    }

    private static String field(JsonNode json, String name) {
        JsonNode node = json.get(name);
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText();
    }

    private static JsonNode parseOrNull(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }
}
