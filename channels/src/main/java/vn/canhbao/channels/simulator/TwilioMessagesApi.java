package vn.canhbao.channels.simulator;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers the simulator's requests the way Twilio's Messages API answers
 * {@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json}: Basic auth, the validation errors a sender meets, 429
 * and 5xx on demand, and a Message resource for what it accepts. Programmable Voice's
 * {@code POST …/Calls.json} is answered too (a queued Call resource), for escalation calls to leaders.
 */
final class TwilioMessagesApi extends SimulatedApi {

    private static final Pattern MESSAGES_PATH = Pattern.compile("/2010-04-01/Accounts/([^/]+)/Messages\\.json");
    private static final Pattern CALLS_PATH = Pattern.compile("/2010-04-01/Accounts/([^/]+)/Calls\\.json");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");
    // Twilio's dates are RFC 2822 with a numeric zone, e.g. "Thu, 24 Aug 2023 05:01:45 +0000".
    private static final DateTimeFormatter TWILIO_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US);
    /** Twilio refuses a body longer than 1,600 characters (error 21617). */
    private static final int MAX_BODY = 1600;

    private final String accountSid;
    private final String expectedAuthorization;
    private final AcceptedMessages accepted = new AcceptedMessages("sms");
    private final AcceptedMessages calls = new AcceptedMessages("call");
    private final long sidPrefix = ThreadLocalRandom.current().nextLong();
    private final AtomicLong sidCounter = new AtomicLong();
    private final Set<String> optedOut = ConcurrentHashMap.newKeySet();

    TwilioMessagesApi(String accountSid, String authToken) {
        super("rateLimitNext", 1);
        this.accountSid = accountSid;
        this.expectedAuthorization = "Basic "
                + Base64.getEncoder().encodeToString((accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String getName() {
        return "twilio-messages-api";
    }

    @Override
    ResponseDefinition serve(String path, Request request) {
        int latencyMillis = latencyMillis();
        Matcher messages = MESSAGES_PATH.matcher(path);
        Matcher callsPath = CALLS_PATH.matcher(path);
        boolean call = callsPath.matches();
        if (call) {
            messages = callsPath;
        }
        if (!call && !messages.matches()) {
            return TwilioAnswers.error(404, 20404, "The requested resource " + path + " was not found", latencyMillis);
        }
        if (!expectedAuthorization.equals(request.getHeader("Authorization"))) {
            return TwilioAnswers.unauthorized(latencyMillis);
        }
        if (!accountSid.equals(messages.group(1))) {
            return TwilioAnswers.error(404, 20404, "The requested resource " + path + " was not found", latencyMillis);
        }
        if (!RequestMethod.POST.equals(request.getMethod())) {
            return TwilioAnswers.error(405, 20004, "Method not allowed", latencyMillis);
        }
        Map<String, String> form = form(request.getBodyAsString());
        if (faults().rateLimitsNow(form.get("To"))) {
            return TwilioAnswers.tooManyRequests(faults().retryAfterSeconds(), latencyMillis);
        }
        int failure = faults().outageNow(form.get("To")) ? 503 : faults().failureStatusNow();
        if (failure != 0) {
            return failure == 503
                    ? TwilioAnswers.error(503, 20503, "Service Unavailable", latencyMillis)
                    : TwilioAnswers.error(500, 20500, "Internal Server Error", latencyMillis);
        }
        return call ? createCall(form, latencyMillis) : create(form, latencyMillis);
    }

    /** A call of Programmable Voice: {@code To}, {@code From} and the {@code Twiml} (or a {@code Url}) to play. */
    private ResponseDefinition createCall(Map<String, String> form, int latencyMillis) {
        String to = form.get("To");
        String from = form.get("From");
        String twiml = form.get("Twiml") != null ? form.get("Twiml") : form.get("Url");
        if (to == null || !E164.matcher(to).matches()) {
            return TwilioAnswers.error(400, 21211, "Invalid 'To' Phone Number: " + to, latencyMillis);
        }
        if (from == null || from.isBlank()) {
            return TwilioAnswers.error(400, 21603, "A 'From' phone number is required.", latencyMillis);
        }
        if (twiml == null || twiml.isBlank()) {
            return TwilioAnswers.error(400, 21205, "Url or Twiml parameter is required.", latencyMillis);
        }
        String sid = "CA" + HexFormat.of().toHexDigits(sidPrefix)
                + HexFormat.of().toHexDigits(sidCounter.incrementAndGet() * 0x9E3779B97F4A7C15L);
        calls.record(to, twiml);
        return TwilioAnswers.createdCall(
                accountSid, sid, to, from, TWILIO_DATE.format(ZonedDateTime.now(ZoneOffset.UTC)), latencyMillis);
    }

    private ResponseDefinition create(Map<String, String> form, int latencyMillis) {
        String to = form.get("To");
        String body = form.get("Body");
        String from = form.get("From");
        String service = form.get("MessagingServiceSid");
        if (to == null || to.isBlank()) {
            return TwilioAnswers.error(400, 21604, "A 'To' phone number is required.", latencyMillis);
        }
        if (!E164.matcher(to).matches()) {
            return TwilioAnswers.error(400, 21211, "Invalid 'To' Phone Number: " + to, latencyMillis);
        }
        if (from == null && service == null) {
            return TwilioAnswers.error(400, 21603, "A 'From' phone number is required.", latencyMillis);
        }
        if (body == null || body.isEmpty()) {
            return TwilioAnswers.error(400, 21602, "Message body is required.", latencyMillis);
        }
        if (body.length() > MAX_BODY) {
            return TwilioAnswers.error(
                    400, 21617, "The concatenated message body exceeds the 1600 character limit.", latencyMillis);
        }
        if (optedOut.contains(to)) {
            return TwilioAnswers.error(400, 21610, "Attempt to send to unsubscribed recipient", latencyMillis);
        }
        // A per-run prefix and an odd-multiplier scramble of a counter: unique, yet as random-looking as Twilio's.
        String sid = "SM" + HexFormat.of().toHexDigits(sidPrefix)
                + HexFormat.of().toHexDigits(sidCounter.incrementAndGet() * 0x9E3779B97F4A7C15L);
        accepted.record(to, body);
        String now = TWILIO_DATE.format(ZonedDateTime.now(ZoneOffset.UTC));
        // Through a Messaging Service without a From, Twilio answers "accepted" and picks the sender later.
        String status = from == null ? "accepted" : "queued";
        return TwilioAnswers.created(
                new TwilioAnswers.MessageResource(
                        accountSid, sid, to, from, service, body, SmsSegments.count(body), status, now),
                latencyMillis);
    }

    @Override
    String statsJson() {
        return "{\"requests\":" + requests() + ",\"accepted\":" + accepted.count() + ",\"recipients\":"
                + accepted.recipients() + ",\"recipientsWithDuplicates\":" + accepted.recipientsWithDuplicates()
                + ",\"peakPerSecond\":" + accepted.peakPerSecond() + ",\"latencyMs\":" + latencyMillis()
                + ",\"failureRate\":" + faults().failureRate() + "}";
    }

    @Override
    Map<String, Integer> recipientCounts() {
        return accepted.countsByTo();
    }

    @Override
    List<AcceptedMessages.Message> newestMessages(String to, String contains, int limit) {
        return merged(limit, accepted.newest(to, contains, limit), calls.newest(to, contains, limit));
    }

    @Override
    ResponseDefinition controlAnswer(int status, String json) {
        return JsonAnswer.of(status, json, 0).build();
    }

    AcceptedMessages accepted() {
        return accepted;
    }

    /** The calls placed, by number, each with its TwiML. */
    AcceptedMessages calls() {
        return calls;
    }

    void optOut(String to) {
        optedOut.add(to);
    }

    @Override
    void forgetAccepted() {
        accepted.clear();
        calls.clear();
        optedOut.clear();
    }
}
