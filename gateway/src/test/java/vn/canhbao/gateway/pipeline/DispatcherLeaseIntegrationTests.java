package vn.canhbao.gateway.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.SignedRequests;

/**
 * What a dead process had claimed is taken over as soon as its lease lapses, not after the stall timeout (#15); what a
 * living process claimed is left to it, and what the provider says it took is not sent again.
 */
class DispatcherLeaseIntegrationTests extends GatewayIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DispatcherLease lease;

    @Autowired
    PipelineProperties properties;

    @Test
    void theClaimsOfAProcessWhoseLeaseLapsedAreSentAgainLongBeforeTheyCountAsStalled() throws Exception {
        var rows = handedOverSms(3);
        Map<String, Object> deadClaim = rows.get(0);
        Map<String, Object> liveClaim = rows.get(1);
        Map<String, Object> sentBeforeTheKill = rows.get(2);
        UUID dead = UUID.randomUUID();
        Instant now = Instant.now();
        jdbc.update(
                "insert into dispatcher_lease (incarnation, host, started_at, renewed_at) values (?, 'killed', ?, ?)",
                dead,
                Timestamp.from(now.minus(Duration.ofMinutes(5))),
                Timestamp.from(now.minus(Duration.ofMinutes(1))));
        // As a claim made just now leaves them: handed to a provider, not yet recorded, far from stalled.
        Timestamp stalls = Timestamp.from(now.plus(properties.stallTimeout()));
        String claim = "update dispatch set status = 'SENDING', attempts = 1, claimed_by = ?, updated_at = ?,"
                + " next_attempt_at = ? where id = ?";
        jdbc.update(claim, dead, Timestamp.from(now), stalls, deadClaim.get("id"));
        jdbc.update(claim, lease.incarnation(), Timestamp.from(now), stalls, liveClaim.get("id"));
        jdbc.update(claim, dead, Timestamp.from(now), stalls, sentBeforeTheKill.get("id"));
        jdbc.update(
                "update dispatch set provider_message_id = null, handed_over_at = null where id = ?",
                sentBeforeTheKill.get("id"));
        int copiesBefore =
                twilio.acceptedBodiesTo((String) deadClaim.get("address")).size();
        int sentCopiesBefore = twilio.acceptedBodiesTo((String) sentBeforeTheKill.get("address"))
                .size();
        // Twilio took this one before the process died, and says so: it is handed over, not sent again.
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        assertThat(sentCallback(sentBeforeTheKill, sid).statusCode()).isEqualTo(204);

        awaitUntil(
                "the dead process's claim is sent again",
                properties.stallTimeout().dividedBy(2),
                () -> "ACCEPTED".equals(status(deadClaim)));

        assertThat(twilio.acceptedBodiesTo((String) deadClaim.get("address"))).hasSize(copiesBefore + 1);
        assertThat(status(liveClaim)).as("a living process's claim is its own").isEqualTo("SENDING");
        assertThat(jdbc.queryForMap(
                        "select status, provider_message_id, attempts from dispatch where id = ?",
                        sentBeforeTheKill.get("id")))
                .containsEntry("status", "ACCEPTED")
                .containsEntry("provider_message_id", sid)
                .containsEntry("attempts", 1);
        assertThat(twilio.acceptedBodiesTo((String) sentBeforeTheKill.get("address")))
                .as("the provider's receipt spared a second copy")
                .hasSize(sentCopiesBefore);
        jdbc.update("update dispatch set status = 'ACCEPTED' where id = ?", liveClaim.get("id"));
    }

    private HttpResponse<String> sentCallback(Map<String, Object> dispatch, String sid) throws Exception {
        String url = "http://localhost:" + port + "/webhooks/twilio/status?dispatch=" + dispatch.get("id");
        Map<String, String> form = new TreeMap<>();
        form.put("MessageSid", sid);
        form.put("MessageStatus", "sent");
        form.put("AccountSid", twilio.accountSid());
        form.put("To", (String) dispatch.get("address"));
        form.put("ApiVersion", "2010-04-01");
        return SignedRequests.postTwilioForm(url, form, SignedRequests.twilioSignature(url, form, twilio.authToken()));
    }

    private String status(Map<String, Object> row) {
        return jdbc.queryForObject("select status from dispatch where id = ?", String.class, row.get("id"));
    }
}
