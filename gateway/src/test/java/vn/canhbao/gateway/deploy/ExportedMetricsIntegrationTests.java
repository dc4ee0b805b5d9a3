package vn.canhbao.gateway.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.canhbao.gateway.deploy.DeployFiles.at;
import static vn.canhbao.gateway.deploy.DeployFiles.scalar;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.TestBulletin;
import vn.canhbao.gateway.local.DemoWards;
import vn.canhbao.gateway.providers.ZnsQuotaGauges;

/**
 * The operator's view matches the service (#17): every metric the alert rules and the Grafana dashboard name is one
 * the service exports, and the probes and the scrape the manifests name answer where they say.
 */
class ExportedMetricsIntegrationTests extends GatewayIntegrationTest {

    /** The metrics the service exports: its own and the Kafka clients'; {@code up} is Prometheus's own. */
    private static final Pattern METRIC = Pattern.compile("\\b((?:canhbao|kafka)_[a-z0-9_]+)\\b");

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ZnsQuotaGauges znsQuota;

    @Test
    void everyMetricTheRulesAndTheDashboardNameIsExported() throws Exception {
        Set<String> named = new TreeSet<>();
        named.addAll(metricsIn(ruleExpressions()));
        named.addAll(metricsIn(dashboardExpressions()));
        assertThat(named).hasSizeGreaterThan(15);

        happenEverythingTheMetricsCount();

        waitingFor("every metric named is exported", Duration.ofSeconds(30)).untilAsserted(() -> {
            Set<String> missing = new TreeSet<>(named);
            missing.removeAll(exportedSampleNames());
            assertThat(missing)
                    .as("named in the rules or the dashboard, not exported")
                    .isEmpty();
        });
    }

    @Test
    void theProbesAndTheScrapeTheManifestsNameAnswer() throws Exception {
        Map<String, Object> container = KubernetesManifests.load().container();
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            HttpResponse<String> answer = get(scalar(at(container, probe + ".httpGet.path")));
            assertThat(answer.statusCode()).as(probe).isEqualTo(200);
            assertThat(answer.body()).as(probe).contains("\"UP\"");
        }
        Map<String, Object> monitor = KubernetesManifests.load().one("ServiceMonitor");
        List<Map<String, Object>> endpoints = at(monitor, "spec.endpoints");
        String path = scalar(endpoints.getFirst().get("path"));
        assertThat(getManagement(path).statusCode()).isEqualTo(200);
        assertThat(get(path).statusCode())
                .as("metrics never answer on the service's port")
                .isNotEqualTo(200);
    }

    /**
     * Meters appear when first counted: an alert handed over (its first leader timed), a leader's confirmation (their
     * group confirmed), a dispatch failed for good, a dead process's claim taken over and sent, a retry put back on its
     * topic, the ZNS quota read from Zalo. A group unreached is counted by the same meter as a group confirmed.
     */
    private void happenEverythingTheMetricsCount() throws Exception {
        String alertId = issueDrillToCaoMinh();
        String leader = DemoWards.phone(demoWard(CAO_MINH), 0);
        String code = getJson("/api/v1/alerts/" + alertId).get("shortCode").asString();
        String confirm = confirmationPath(awaitSmsWith(leader, code));
        HttpResponse<String> confirmed = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + confirm))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(confirmed.statusCode()).isEqualTo(200);
        UUID alert = UUID.fromString(alertId);
        awaitUntil(
                "the first leader timed",
                Duration.ofSeconds(20),
                () -> jdbc.queryForObject(
                                "select count(*) from alert where id = ? and first_leader_at is not null",
                                Integer.class,
                                alert)
                        == 1);
        awaitUntil(
                "the leader's group confirmed",
                Duration.ofSeconds(20),
                () -> jdbc.queryForObject(
                                "select count(*) from group_watch where alert_id = ? and stage = 'CONFIRMED'",
                                Integer.class,
                                alert)
                        > 0);
        znsQuota.refresh();
        assertThat(znsQuota.last())
                .as("the ZNS quota read from the Zalo simulator")
                .isNotNull();

        String optedOut = DemoWards.phone(demoWard(BACH_DANG), 7);
        twilio.optOut(optedOut);
        try {
            JsonNode accepted = accept(TestBulletin.forWard(BACH_DANG));
            String failing = accepted.get("alertIds").get(0).asString();
            awaitProgress(
                    failing,
                    Duration.ofSeconds(30),
                    p -> count(p, "SMS", "handedOver") + count(p, "SMS", "failed") == RESIDENTS);
        } finally {
            twilio.reset();
        }

        // As DispatcherLeaseIntegrationTests leaves it: a handed-over SMS claimed again by a process that has died.
        Map<String, Object> sms = jdbc.queryForMap(
                "select id from dispatch where alert_id = ? and channel = 'SMS' order by id limit 1",
                UUID.fromString(alertId));
        UUID dead = UUID.randomUUID();
        Instant now = Instant.now();
        jdbc.update(
                "insert into dispatcher_lease (incarnation, host, started_at, renewed_at) values (?, 'killed', ?, ?)",
                dead,
                Timestamp.from(now.minus(Duration.ofMinutes(5))),
                Timestamp.from(now.minus(Duration.ofMinutes(1))));
        jdbc.update(
                "update dispatch set status = 'SENDING', claimed_by = ?, updated_at = ?, next_attempt_at = ?"
                        + " where id = ?",
                dead,
                Timestamp.from(now),
                Timestamp.from(now.plus(Duration.ofMinutes(2))),
                sms.get("id"));
        awaitUntil("the dead process's claim is sent again", Duration.ofSeconds(20), () -> "ACCEPTED"
                .equals(jdbc.queryForObject("select status from dispatch where id = ?", String.class, sms.get("id"))));

        // A retry falling due, which the sweeper puts back on its topic (a takeover is sent at once, not put back).
        Map<String, Object> retry = jdbc.queryForMap(
                "select id from dispatch where alert_id = ? and channel = 'SMS' and id <> ? order by id limit 1",
                UUID.fromString(alertId),
                sms.get("id"));
        Instant later = Instant.now();
        jdbc.update(
                "update dispatch set status = 'RETRY_WAIT', updated_at = ?, next_attempt_at = ? where id = ?",
                Timestamp.from(later),
                Timestamp.from(later.plusSeconds(1)),
                retry.get("id"));
        awaitUntil("the due retry is sent", Duration.ofSeconds(20), () -> "ACCEPTED"
                .equals(jdbc.queryForObject(
                        "select status from dispatch where id = ?", String.class, retry.get("id"))));
    }

    private Set<String> exportedSampleNames() throws Exception {
        HttpResponse<String> scrape = getManagement("/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        Set<String> names = new TreeSet<>();
        scrape.body()
                .lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .forEach(line -> names.add(line.split("[{ ]", 2)[0]));
        return names;
    }

    @SuppressWarnings("unchecked")
    private static List<String> ruleExpressions() {
        List<Map<String, Object>> groups = at(DeployFiles.yaml("prometheus/canhbao-rules.yml"), "groups");
        return groups.stream()
                .flatMap(g -> ((List<Map<String, Object>>) g.get("rules")).stream())
                .map(r -> scalar(r.get("expr")))
                .toList();
    }

    private List<String> dashboardExpressions() throws Exception {
        JsonNode dashboard = json.readTree(DeployFiles.text("grafana/canhbao.json"));
        List<String> expressions = new java.util.ArrayList<>();
        dashboard.get("panels").forEach(panel -> {
            if (panel.has("targets")) {
                panel.get("targets").forEach(t -> expressions.add(t.get("expr").asString()));
            }
        });
        assertThat(expressions).isNotEmpty();
        return expressions;
    }

    private static Set<String> metricsIn(List<String> expressions) {
        Set<String> names = new TreeSet<>();
        for (String expression : expressions) {
            Matcher m = METRIC.matcher(expression);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
