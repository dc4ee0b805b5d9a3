package vn.canhbao.gateway.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.canhbao.core.alert.ShortCode;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.SignedRequests;

/**
 * A silent group is chased on the ward's schedule: sent again, then its leaders called (press 1 confirms), then marked
 * unreached; a group that confirmed is left alone, and a cancel ends the chase. Ward 00082 (Phường Cửa Nam) with two
 * groups of one leader each, on a schedule of seconds.
 */
class EscalationIntegrationTests extends GatewayIntegrationTest {

    private static final String WARD = "00082";
    private static final String LEADER_1 = "+84981000001";
    private static final String LEADER_2 = "+84981000002";
    static final String HEADLINE = "Diễn tập ngập lụt tại Phường Cửa Nam";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @org.springframework.beans.factory.annotation.Autowired
    EscalationClock clock;

    @org.springframework.beans.factory.annotation.Autowired
    GroupWatchRepository watches;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void wardWithTwoGroups() throws Exception {
        importCsv(WARD, "/groups/import", "name\nTổ 1\nTổ 2\n");
        importCsv(
                WARD,
                "/residents/import",
                "name,phone,group,role,channels\n"
                        + "Nguyễn Văn Một," + LEADER_1 + ",Tổ 1,LEADER,SMS\n"
                        + "Trần Thị Hai," + LEADER_2 + ",Tổ 2,LEADER,SMS\n"
                        + "Lê Văn Ba,+84981000003,Tổ 2,RESIDENT,SMS\n");
        HttpResponse<String> policy = asOfficer(
                "admin",
                "PUT",
                "/api/v1/wards/" + WARD + "/escalation",
                "{\"resendAfterSeconds\":6,\"callAfterSeconds\":10,\"unreachedAfterSeconds\":14}");
        assertThat(policy.statusCode()).as(policy.body()).isEqualTo(200);
    }

    @Test
    void aSilentGroupIsSentAgainThenCalledThenMarkedUnreachedWhileAConfirmedOneIsLeftAlone() throws Exception {
        String alertId = issueExercise();
        String code = getJson("/api/v1/alerts/" + alertId).get("shortCode").asString();
        String link = confirmationPath(awaitSmsWith(LEADER_1, code));
        assertThat(post(link).statusCode()).isEqualTo(200);

        JsonNode unreached = awaitGroup(
                alertId, "Tổ 2", g -> "UNREACHED".equals(g.get("stage").asString()), 40);

        JsonNode confirmed = group(alertId, "Tổ 1");
        assertThat(confirmed.get("stage").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmed.get("confirmedBy").asString()).isEqualTo("Nguyễn Văn Một");
        assertThat(unreached.get("confirmedBy").isNull()).isTrue();
        assertThat(smsWith(LEADER_1, code))
                .as("the confirmed leader is not chased")
                .isEqualTo(1);
        assertThat(smsWith(LEADER_2, code)).as("the warning and one reminder").isEqualTo(2);
        assertThat(twilio.acceptedBodiesTo(LEADER_2).stream().filter(b -> b.contains(code)))
                .anySatisfy(b -> assertThat(b).startsWith("NHẮC LẠI"));
        assertThat(callsFor(LEADER_1, code)).isEmpty();
        assertThat(callsFor(LEADER_2, code))
                .singleElement()
                .satisfies(t -> assertThat(t).contains("Trần Thị Hai").contains("bấm phím 1"));
        JsonNode steps = getJson("/api/v1/alerts/" + alertId + "/groups").get("steps");
        assertThat(steps.findValuesAsString("step")).contains("CONFIRMED", "RESENT", "CALLED", "UNREACHED");
        // #14: every console page says so in red, naming the alert and that it is a drill.
        assertThat(vn.canhbao.gateway.console.ConsoleSession.signIn(port, "admin", OFFICER_PASSWORD)
                        .get("/console")
                        .body())
                .contains("class=\"attention unreached\"")
                .contains("[DIỄN TẬP] Diễn tập ngập lụt tại Phường Cửa Nam (mã " + code + ")")
                .contains("Tổ 2 (CHƯA LIÊN LẠC ĐƯỢC — cử người đến)");

        assertNothingMoreAfterATick(alertId);
        assertThat(smsWith(LEADER_2, code)).as("nothing more after unreached").isEqualTo(2);
        assertThat(callsFor(LEADER_2, code)).hasSize(1);

        // The leader called back and pressed 1 at last: the group is confirmed after all.
        String voiceUrl = voiceAction(callsFor(LEADER_2, code).getFirst());
        Map<String, String> form = new TreeMap<>(Map.of("Digits", "1", "CallSid", "CA123", "To", LEADER_2));
        assertThat(SignedRequests.postTwilioForm(voiceUrl, form, "forged").statusCode())
                .isEqualTo(403);
        HttpResponse<String> pressed = SignedRequests.postTwilioForm(
                voiceUrl, form, SignedRequests.twilioSignature(voiceUrl, form, twilio.authToken()));
        assertThat(pressed.statusCode()).isEqualTo(200);
        assertThat(pressed.body()).contains("Đã ghi nhận");
        awaitGroup(alertId, "Tổ 2", g -> "CONFIRMED".equals(g.get("stage").asString()), 15);

        // The report tells it all, for the ward's records.
        JsonNode report = json.readTree(asOfficer("admin", "GET", "/api/v1/alerts/" + alertId + "/report", null)
                .body());
        assertThat(report.get("timeline").findValuesAsString("what"))
                .contains(
                        "alert.drafted",
                        "alert.issued",
                        "handover.first",
                        "handover.last",
                        "ack.link",
                        "escalation.resent",
                        "escalation.called",
                        "escalation.unreached",
                        "ack.voice");
        assertThat(report.get("groupsByStage").get("CONFIRMED").asInt()).isEqualTo(2);
        String csv = asOfficer("admin", "GET", "/api/v1/alerts/" + alertId + "/report?format=csv", null)
                .body();
        assertThat(csv).contains("timeline").contains("escalation.unreached").contains("Trần Thị Hai");
        assertThat(vn.canhbao.gateway.console.ConsoleSession.signIn(port, "admin", OFFICER_PASSWORD)
                        .get("/console/alerts/" + alertId + "/report")
                        .body())
                .contains("Gọi điện tổ trưởng")
                .contains("Chưa liên lạc được tổ/thôn")
                .contains("Nguyễn Văn Một")
                // #14: what each step did, in the report's language
                .contains("Đã gửi lại SMS (")
                .contains("Đã gọi điện (")
                .doesNotContain("SMS failed")
                .doesNotContain("call ");

        String today =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        String tomorrow = java.time.LocalDate.parse(today).plusDays(1).toString();
        JsonNode ward = json.readTree(
                asOfficer("admin", "GET", "/api/v1/wards/" + WARD + "/report?from=" + today + "&to=" + tomorrow, null)
                        .body());
        assertThat(ward.get("exercises").asInt()).isPositive();
        assertThat(asOfficer("admin", "GET", "/api/v1/wards/" + WARD + "/report?from=yesterday&to=" + tomorrow, null)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void escalationThatWasDownCatchesUpFromItsRowsAndSparesWhoConfirmedMeanwhile() throws Exception {
        clock.stop();
        String alertId;
        String code;
        try {
            alertId = issueExercise();
            code = getJson("/api/v1/alerts/" + alertId).get("shortCode").asString();
            post(confirmationPath(awaitSmsWith(LEADER_1, code)));
            // The test is of time falling due: it waits until the policy's call (10 s after the issue) is due, as the
            // rows say it, then runs a tick itself, so that a tick is known to have come after everything fell due.
            Instant callDue = jdbc.queryForObject(
                            "select issued_at from alert where id = ?",
                            java.sql.Timestamp.class,
                            java.util.UUID.fromString(alertId))
                    .toInstant()
                    .plusSeconds(10);
            awaitUntil("the call fell due", Duration.ofSeconds(30), () -> Instant.now()
                    .isAfter(callDue));
            clock.tick();
            assertThat(smsWith(LEADER_2, code))
                    .as("nothing while escalation is down")
                    .isEqualTo(1);
            assertThat(watches.ofAlert(java.util.UUID.fromString(alertId)))
                    .as("not even a watch while escalation is down")
                    .isEmpty();
        } finally {
            clock.start();
        }

        awaitGroup(alertId, "Tổ 2", g -> "CALLED".equals(g.get("stage").asString()), 20);

        assertThat(group(alertId, "Tổ 1").get("stage").asString()).isEqualTo("CONFIRMED");
        assertThat(smsWith(LEADER_1, code)).isEqualTo(1);
        assertThat(smsWith(LEADER_2, code)).isEqualTo(2);
        assertThat(callsFor(LEADER_1, code)).isEmpty();
    }

    @Test
    void aGroupWhoseLeaderConfirmedBeforeTheClockWatchedItShowsConfirmedAtOnce() throws Exception {
        // A leader who taps the link within the clock's first tick: the officer must not read "waiting" for their
        // group until its first step falls due, ten minutes on (the bug this test was written for).
        HttpResponse<String> slow = asOfficer(
                "admin",
                "PUT",
                "/api/v1/wards/" + WARD + "/escalation",
                "{\"resendAfterSeconds\":600,\"callAfterSeconds\":900,\"unreachedAfterSeconds\":1200}");
        assertThat(slow.statusCode()).as(slow.body()).isEqualTo(200);
        clock.stop();
        String alertId;
        try {
            alertId = issueExercise();
            String code = getJson("/api/v1/alerts/" + alertId).get("shortCode").asString();
            post(confirmationPath(awaitSmsWith(LEADER_1, code)));
            awaitUntil(
                    "the confirmation recorded",
                    Duration.ofSeconds(20),
                    () -> jdbc.queryForObject(
                                    "select count(*) from acknowledgement where alert_id = ?",
                                    Integer.class,
                                    java.util.UUID.fromString(alertId))
                            == 1);
        } finally {
            clock.start();
        }

        JsonNode confirmed = awaitGroup(alertId, "Tổ 1", g -> true, 20);

        assertThat(confirmed.get("stage").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmed.get("confirmedBy").asString()).isEqualTo("Nguyễn Văn Một");
        assertThat(group(alertId, "Tổ 2").get("stage").asString()).isEqualTo("WAITING");
    }

    @Test
    void aCancelEndsTheChase() throws Exception {
        String alertId = issueExercise();
        String code = getJson("/api/v1/alerts/" + alertId).get("shortCode").asString();
        awaitSmsWith(LEADER_2, code);
        assertThat(asOfficer("admin", "POST", "/api/v1/alerts/" + alertId + "/cancel", null)
                        .statusCode())
                .isEqualTo(202);

        awaitGroup(alertId, "Tổ 2", g -> "STOPPED".equals(g.get("stage").asString()), 30);
        assertNothingMoreAfterATick(alertId);

        assertThat(smsWith(LEADER_2, code)).as("no reminder after the cancel").isEqualTo(1);
        assertThat(callsFor(LEADER_2, code)).isEmpty();
    }

    @Test
    void onlyAnAdminChangesAPolicyAndItMustBeInOrder() throws Exception {
        HttpResponse<String> officer = asOfficer(
                "officer.caominh", "PUT", "/api/v1/wards/" + CAO_MINH + "/escalation", "{\"resendAfterSeconds\":60}");
        HttpResponse<String> backwards = asOfficer(
                "admin",
                "PUT",
                "/api/v1/wards/" + CAO_MINH + "/escalation",
                "{\"resendAfterSeconds\":600,\"callAfterSeconds\":300,\"unreachedAfterSeconds\":900}");

        assertThat(officer.statusCode()).isEqualTo(403);
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("callAfterSeconds");
        assertThat(getJson("/api/v1/wards/" + CAO_MINH + "/escalation")
                        .get("resendAfterSeconds")
                        .asInt())
                .isEqualTo(600);
    }

    private String issueExercise() throws Exception {
        return issueExercise("admin", WARD, "NGAP_LUT", HEADLINE, "Kê cao đồ đạc.");
    }

    /** The calls to a leader about this alert: their TwiML carries the token of the leader's link for it. */
    private java.util.List<String> callsFor(String phone, String code) throws InterruptedException {
        String token = confirmationPath(awaitSmsWith(phone, code)).substring("/n/".length());
        return twilio.callsTo(phone).stream().filter(t -> t.contains(token)).toList();
    }

    /** The SMS of the alert with this code: a cancel names the code of the alert it ends too (#14), not as its own. */
    private long smsWith(String phone, String code) {
        return twilio.acceptedBodiesTo(phone).stream()
                .filter(b -> ShortCode.in(b).filter(code::equals).isPresent())
                .count();
    }

    private String voiceAction(String twiml) {
        Matcher m = Pattern.compile("action=\"[^\"]*(/webhooks/twilio/voice\\?d=[A-Za-z0-9_-]+)\"")
                .matcher(twiml);
        assertThat(m.find()).as(twiml).isTrue();
        return "http://localhost:" + port + m.group(1);
    }

    private HttpResponse<String> post(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode group(String alertId, String name) throws Exception {
        for (JsonNode g : getJson("/api/v1/alerts/" + alertId + "/groups").get("groups")) {
            if (name.equals(g.get("groupName").asString())) {
                return g;
            }
        }
        throw new AssertionError("No group " + name + " watched for " + alertId);
    }

    private JsonNode awaitGroup(String alertId, String name, Predicate<JsonNode> condition, int seconds)
            throws Exception {
        return waitingFor("group " + name + " of " + alertId + " got there", Duration.ofSeconds(seconds))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> {
                            try {
                                return group(alertId, name);
                            } catch (AssertionError notYet) {
                                return null; // not watched yet
                            }
                        },
                        g -> g != null && condition.test(g));
    }

    /**
     * Runs a tick of the clock after the alert's groups ended their chase, and asserts that it did nothing for them: no
     * step was written (a reminder or a call is written as a step in the tick that makes it) and no step of theirs is
     * due, however late.
     */
    private void assertNothingMoreAfterATick(String alertId) {
        java.util.UUID id = java.util.UUID.fromString(alertId);
        int steps = watches.steps(id).size();
        clock.tick();
        assertThat(watches.steps(id)).as("steps after a later tick").hasSize(steps);
        assertThat(watches.due(Instant.now().plus(Duration.ofDays(365)), 10_000))
                .as("nothing left to fall due")
                .noneMatch(w -> w.alertId().equals(id));
    }
}
