package vn.canhbao.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.canhbao.channels.simulator.TwilioSimulator;
import vn.canhbao.channels.simulator.ZaloSimulator;
import vn.canhbao.gateway.local.DemoWards;

/**
 * The base of the gateway's integration tests: the whole service on a random port, with the in-process Kafka broker,
 * the database, the Twilio simulator and two demo wards of {@value #RESIDENTS} people each. Every test class extends it
 * without changing the configuration, so one application context (and one broker) serves the whole test JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class GatewayIntegrationTest {

    protected static final String API_KEY = "test-key-0123456789abcdef0123456789";
    protected static final int RESIDENTS = 60;
    protected static final String BACH_DANG = "11473";
    protected static final String CAO_MINH = "01879";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    /** The management port: metrics and the other actuator endpoints (#15). */
    @LocalManagementPort
    protected int managementPort;

    @Autowired
    protected JsonMapper json;

    @Autowired
    protected TwilioSimulator twilio;

    @Autowired
    protected ZaloSimulator zalo;

    @Autowired
    private JdbcTemplate database;

    protected HttpResponse<String> post(String path, String body, String apiKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (apiKey != null) {
            request.header("X-Api-Key", apiKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The demo officers' password in the tests. */
    protected static final String OFFICER_PASSWORD = "test-officer-password";

    /** A call as officer {@code user} (HTTP Basic), with a JSON body when {@code json} is not null. */
    protected HttpResponse<String> asOfficer(String user, String method, String path, String json) throws Exception {
        return asOfficer(user, OFFICER_PASSWORD, method, path, json);
    }

    /** A call as officer {@code user} with {@code password} (HTTP Basic), with a JSON body when {@code json} is not null. */
    protected HttpResponse<String> asOfficer(String user, String password, String method, String path, String json)
            throws Exception {
        String basic =
                java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + basic);
        if (json != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A CSV file posted to {@code path} as officer {@code user}, as a registry import is. */
    protected HttpResponse<String> postCsv(String user, String path, String csv) throws Exception {
        String basic = java.util.Base64.getEncoder()
                .encodeToString((user + ":" + OFFICER_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "text/csv; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<String> postCap(String xml) throws Exception {
        return post("/api/v1/cap", xml, API_KEY);
    }

    protected HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(uri(path)).header("X-Api-Key", API_KEY).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A GET on the management port, as Prometheus scrapes {@code /actuator/prometheus}. */
    protected HttpResponse<String> getManagement(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    protected JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode())
                .as(path + " answered " + response.body())
                .isEqualTo(200);
        return json.readTree(response.body());
    }

    /** Posts a bulletin that must be accepted; returns the answer. */
    protected JsonNode accept(TestBulletin bulletin) throws Exception {
        HttpResponse<String> response = postCap(bulletin.xml());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return json.readTree(response.body());
    }

    /** Polls the alert's progress until {@code done} holds, or fails after {@code timeout}. */
    protected JsonNode awaitProgress(String alertId, Duration timeout, Predicate<JsonNode> done) throws Exception {
        return waitingFor("progress of " + alertId, timeout)
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> {
                            HttpResponse<String> response = get("/api/v1/alerts/" + alertId + "/progress");
                            return response.statusCode() == 200 ? json.readTree(response.body()) : null;
                        },
                        progress -> progress != null && done.test(progress));
    }

    /**
     * What an alert to a whole demo ward plans per channel: an SMS and a Zalo message for every person, an app push
     * for each leader (two per group) and one to the ward's topic, a broadcast per loudspeaker cluster, and one cell
     * broadcast over the ward's (synthetic) cells.
     */
    protected static Map<String, Integer> expectedByChannel(String ward) {
        DemoWards.DemoWard demo = demoWard(ward);
        return Map.of(
                "SMS",
                RESIDENTS,
                "ZALO",
                RESIDENTS,
                "PUSH",
                demo.groups() * 2 + 1,
                "LOUDSPEAKER",
                demo.clusters(),
                "CELL_BROADCAST",
                1);
    }

    /** The residents' phones of a demo ward, in E.164. */
    protected static List<String> residentPhones(String ward) {
        DemoWards.DemoWard demo = demoWard(ward);
        return java.util.stream.IntStream.range(0, RESIDENTS)
                .mapToObj(i -> DemoWards.phone(demo, i))
                .toList();
    }

    protected static DemoWards.DemoWard demoWard(String ward) {
        return DemoWards.WARDS.stream()
                .filter(w -> w.code().equals(ward))
                .findFirst()
                .orElseThrow();
    }

    /** Waits until every planned dispatch of an alert to a whole demo ward is handed over, on every channel. */
    protected JsonNode awaitAllHandedOver(String alertId, String ward) throws Exception {
        Map<String, Integer> expected = expectedByChannel(ward);
        return awaitProgress(alertId, Duration.ofSeconds(30), p -> expected.entrySet().stream()
                .allMatch(e -> p.get("byChannel")
                                        .get(e.getKey())
                                        .get("dispatches")
                                        .asInt()
                                == e.getValue()
                        && p.get("byChannel").get(e.getKey()).get("handedOver").asInt() == e.getValue()));
    }

    /**
     * The first {@code count} SMS dispatches (by id: {@code id}, {@code address}, {@code provider_message_id}) of a new
     * alert to Xã Cao Minh, once the whole alert is handed over.
     */
    protected List<Map<String, Object>> handedOverSms(int count) throws Exception {
        String alertId =
                accept(TestBulletin.forWard(CAO_MINH)).get("alertIds").get(0).asString();
        awaitAllHandedOver(alertId, CAO_MINH);
        return database.queryForList(
                "select id, address, provider_message_id from dispatch where alert_id = ? and channel = 'SMS'"
                        + " order by id limit ?",
                UUID.fromString(alertId),
                count);
    }

    /**
     * Asserts that every person of a demo ward got exactly one SMS and one Zalo message (by the OA, or by ZNS to their
     * phone) of the alert with short code {@code code}; returns how many the OA reached.
     */
    protected int assertEachPersonGotOneSmsAndOneZalo(String ward, String code) {
        DemoWards.DemoWard demo = demoWard(ward);
        int followers = 0;
        for (int i = 0; i < RESIDENTS; i++) {
            String phone = DemoWards.phone(demo, i);
            assertThat(twilio.acceptedBodiesTo(phone).stream().filter(b -> b.contains(code)))
                    .as("SMS to %s", phone)
                    .hasSize(1);
            long oa = zalo.acceptedTextsTo(DemoWards.zaloUserId(demo, i)).stream()
                    .filter(t -> t.contains(code))
                    .count();
            long zns = zalo.acceptedTemplateDataTo(phone.substring(1)).stream()
                    .filter(t -> t.contains(code))
                    .count();
            assertThat(oa + zns).as("Zalo message to person %d (OA or ZNS)", i).isOne();
            followers += (int) oa;
        }
        return followers;
    }

    /**
     * Waits until no dispatch that {@code scope} selects ({@code d} the dispatch, {@code a} its alert, one parameter) is
     * still planned, being sent or waiting to retry.
     */
    protected void awaitSettled(String scope, Object parameter, Duration timeout) throws InterruptedException {
        awaitUntil(
                "every dispatch where " + scope + " (" + parameter + ") settled",
                timeout,
                () -> database.queryForObject(
                                "select count(*) from dispatch d join alert a on a.id = d.alert_id where " + scope
                                        + " and d.status in ('PLANNED', 'SENDING', 'RETRY_WAIT')",
                                Integer.class,
                                parameter)
                        == 0);
    }

    /** Waits until the Twilio simulator has accepted {@code count} messages in all. */
    protected void awaitAccepted(int count) throws InterruptedException {
        awaitUntil(
                "the simulator accepted " + count + " messages",
                Duration.ofSeconds(20),
                () -> twilio.acceptedCount() >= count);
    }

    /** Waits until {@code done} holds, failing with {@code what} once {@code timeout} has passed. */
    protected static void awaitUntil(String what, Duration timeout, BooleanSupplier done) throws InterruptedException {
        waitingFor(what, timeout).until(done::getAsBoolean);
    }

    /**
     * Awaitility checking at once and then every 20 ms: for a condition only an event makes true. A check that
     * something did not happen waits this way for a later event's effect, then asserts, and never sleeps.
     */
    protected static ConditionFactory waitingFor(String what, Duration timeout) {
        return Awaitility.await(what).atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20));
    }

    /** Waits for the SMS to {@code phone} that carries the alert code {@code code}, and returns it. */
    protected String awaitSmsWith(String phone, String code) throws InterruptedException {
        return waitingFor("an SMS with " + code + " to " + phone, Duration.ofSeconds(20))
                .until(
                        () -> twilio.acceptedBodiesTo(phone).stream()
                                .filter(b -> b.contains(code))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .get();
    }

    /**
     * Has Xã Cao Minh's officer write and issue a drill to the whole ward, and waits until every message of it is
     * handed over: the alert a leader's confirmation is tested against. Its id.
     */
    protected String issueDrillToCaoMinh() throws Exception {
        String id = issueExercise(
                "officer.caominh", CAO_MINH, "LU_QUET", "Diễn tập lũ quét tại Xã Cao Minh", "Di dời theo hướng dẫn.");
        awaitAllHandedOver(id, CAO_MINH);
        return id;
    }

    /** Drafts and issues, as {@code officer}, a level-3 exercise for one ward; fails the test unless both are taken. */
    protected String issueExercise(String officer, String ward, String hazard, String headline, String instruction)
            throws Exception {
        HttpResponse<String> draft = asOfficer(
                officer,
                "POST",
                "/api/v1/alerts",
                "{\"wards\":[\"" + ward + "\"],\"hazard\":\"" + hazard + "\",\"riskLevel\":3,\"status\":\"EXERCISE\","
                        + "\"headline\":\"" + headline + "\",\"instruction\":\"" + instruction + "\"}");
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        String id = json.readTree(draft.body()).get("id").asString();
        assertThat(asOfficer(officer, "POST", "/api/v1/alerts/" + id + "/issue", null)
                        .statusCode())
                .isEqualTo(202);
        return id;
    }

    /** The administrator declares an issued alert a false alarm; fails the test unless the correction is accepted. */
    protected void correctAsAdmin(String alertId) throws Exception {
        HttpResponse<String> corrected = asOfficer(
                "admin",
                "POST",
                "/api/v1/alerts/" + alertId + "/correction",
                "{\"correction\":\"Không có lũ quét, sinh hoạt bình thường.\"}");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(202);
    }

    /** The path of the confirmation link a leader's message carries, {@code /n/<token>}. */
    protected static String confirmationPath(String message) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("/n/([A-Za-z0-9_-]{30})").matcher(message);
        assertThat(m.find()).as("a confirmation link in: " + message).isTrue();
        return "/n/" + m.group(1);
    }

    /** Imports a CSV into a ward's registry as the administrator; fails the test unless it is accepted. */
    protected void importCsv(String ward, String path, String csv) throws Exception {
        String basic = java.util.Base64.getEncoder()
                .encodeToString(("admin:" + OFFICER_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(uri("/api/v1/wards/" + ward + path))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    /** The counts of one channel in a progress answer. */
    protected static int count(JsonNode progress, String channel, String field) {
        return progress.get("byChannel").get(channel).get(field).asInt();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
