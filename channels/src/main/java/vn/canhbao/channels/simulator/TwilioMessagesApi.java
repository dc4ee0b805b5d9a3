package vn.canhbao.channels.simulator;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers every request to the simulator in code (one WireMock extension, no stub per case), the way Twilio's
 * Messages API answers {@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json}: Basic auth, the validation
 * errors a sender meets, 429 and 5xx on demand, and a Message resource for what it accepts.
 */
final class TwilioMessagesApi implements ResponseDefinitionTransformerV2 {

    private static final Pattern MESSAGES_PATH = Pattern.compile("/2010-04-01/Accounts/([^/]+)/Messages\\.json");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");
    // Twilio's dates are RFC 2822 with a numeric zone, e.g. "Thu, 24 Aug 2023 05:01:45 +0000".
    private static final DateTimeFormatter TWILIO_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US);
    /** Where a simulator in another process is read and steered; not part of Twilio's API. */
    static final String CONTROL_PATH = "/simulator/";
    /** Twilio refuses a body longer than 1,600 characters (error 21617). */
    private static final int MAX_BODY = 1600;

    private final String accountSid;
    private final String expectedAuthorization;
    private final AcceptedMessages accepted = new AcceptedMessages();
    private final long sidPrefix = ThreadLocalRandom.current().nextLong();
    private final AtomicLong sidCounter = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong failureTicks = new AtomicLong();
    private final AtomicLong failuresServed = new AtomicLong();
    private final AtomicInteger rateLimitedLeft = new AtomicInteger();
    private final Set<String> optedOut = ConcurrentHashMap.newKeySet();
    private volatile int latencyMillis;
    private volatile double failureRate;
    private volatile int retryAfterSeconds;

    TwilioMessagesApi(String accountSid, String authToken) {
        this.accountSid = accountSid;
        this.expectedAuthorization = "Basic "
                + Base64.getEncoder().encodeToString((accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String getName() {
        return "twilio-messages-api";
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        String path = request.getUrl();
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.startsWith(CONTROL_PATH)) {
            return control(path, request);
        }
        requests.incrementAndGet();
        Matcher messages = MESSAGES_PATH.matcher(path);
        if (!messages.matches()) {
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
        if (rateLimitedLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            return TwilioAnswers.tooManyRequests(retryAfterSeconds, latencyMillis);
        }
        if (failsNow()) {
            return failuresServed.incrementAndGet() % 2 == 0
                    ? TwilioAnswers.error(503, 20503, "Service Unavailable", latencyMillis)
                    : TwilioAnswers.error(500, 20500, "Internal Server Error", latencyMillis);
        }
        return create(form(request.getBodyAsString()));
    }

    private ResponseDefinition create(Map<String, String> form) {
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

    /**
     * {@code GET /simulator/stats}, {@code POST /simulator/reset} and {@code POST /simulator/settings?latencyMs=&
     * failureRate=&rateLimitNext=&retryAfterSeconds=}, for a benchmark that runs the simulator in another process.
     */
    private ResponseDefinition control(String path, Request request) {
        String action = path.substring(CONTROL_PATH.length());
        if (action.equals("stats")) {
            return TwilioAnswers.json(200, statsJson());
        }
        if (!RequestMethod.POST.equals(request.getMethod())) {
            return TwilioAnswers.json(405, "{\"error\":\"use POST\"}");
        }
        if (action.equals("reset")) {
            reset();
            return TwilioAnswers.json(200, statsJson());
        }
        if (action.equals("settings")) {
            String url = request.getUrl();
            Map<String, String> settings = form(url.indexOf('?') < 0 ? "" : url.substring(url.indexOf('?') + 1));
            try {
                if (settings.containsKey("latencyMs")) {
                    latencyMillis(Integer.parseInt(settings.get("latencyMs")));
                }
                if (settings.containsKey("failureRate")) {
                    failureRate(Double.parseDouble(settings.get("failureRate")));
                }
                if (settings.containsKey("rateLimitNext")) {
                    rateLimitNext(
                            Integer.parseInt(settings.get("rateLimitNext")),
                            Integer.parseInt(settings.getOrDefault("retryAfterSeconds", "1")));
                }
            } catch (IllegalArgumentException bad) {
                return TwilioAnswers.json(400, "{\"error\":" + TwilioAnswers.string(bad.getMessage()) + "}");
            }
            return TwilioAnswers.json(200, statsJson());
        }
        return TwilioAnswers.json(404, "{\"error\":\"unknown simulator action\"}");
    }

    String statsJson() {
        return "{\"requests\":" + requests.get() + ",\"accepted\":" + accepted.count() + ",\"recipients\":"
                + accepted.recipients() + ",\"recipientsWithDuplicates\":" + accepted.recipientsWithDuplicates()
                + ",\"latencyMs\":" + latencyMillis + ",\"failureRate\":" + failureRate + "}";
    }

    /** Spreads failures evenly: exactly {@code failureRate} of requests fail, the same way on every run. */
    private boolean failsNow() {
        double rate = failureRate;
        if (rate <= 0) {
            return false;
        }
        long tick = failureTicks.incrementAndGet();
        return Math.floor(tick * rate) > Math.floor((tick - 1) * rate);
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> form = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return form;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.putIfAbsent(name, value);
        }
        return form;
    }

    AcceptedMessages accepted() {
        return accepted;
    }

    long requests() {
        return requests.get();
    }

    void latencyMillis(int millis) {
        this.latencyMillis = Math.max(0, millis);
    }

    int latencyMillis() {
        return latencyMillis;
    }

    void failureRate(double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("failureRate must be between 0 and 1, was " + rate);
        }
        this.failureRate = rate;
    }

    void rateLimitNext(int requests, int retryAfterSeconds) {
        this.retryAfterSeconds = retryAfterSeconds;
        this.rateLimitedLeft.set(Math.max(0, requests));
    }

    void optOut(String to) {
        optedOut.add(to);
    }

    void reset() {
        accepted.clear();
        optedOut.clear();
        rateLimitedLeft.set(0);
        failureRate = 0;
        failureTicks.set(0);
        failuresServed.set(0);
        requests.set(0);
    }
}
