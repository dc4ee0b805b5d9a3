package vn.canhbao.gateway.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.canhbao.core.cap.CapSigner;
import vn.canhbao.core.cap.SelfSignedCertificate;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.TestBulletin;
import vn.canhbao.gateway.authenticity.TestSigners;
import vn.canhbao.gateway.registry.WardPolicy;
import vn.canhbao.gateway.registry.WardPolicyRepository;
import vn.canhbao.gateway.security.AuditLog;

/**
 * Bulletins that carry an XML signature are verified against the trusted certificates (the test configuration trusts
 * the test upstream, CN=KTTV test upstream); a ward may auto-issue only verified-signed bulletins.
 */
class SignedBulletinIntegrationTests extends GatewayIntegrationTest {

    /** Xã Hòa Khánh auto-issues only signed bulletins; Xã Tân Bình auto-issues anything. */
    static final String SIGNED_ONLY = "27979";

    static final String ANY = "31399";

    @Autowired
    WardPolicyRepository policies;

    @Autowired
    BulletinRepository bulletins;

    @Autowired
    AuditLog audit;

    @BeforeEach
    void wards() {
        policies.save(new WardPolicy(SIGNED_ONLY, true, false, false, true));
        policies.save(new WardPolicy(ANY, true, false, false));
    }

    @Test
    void aBulletinSignedByATrustedUpstreamIsAutoIssuedAndItsSignerRecorded() throws Exception {
        String signed =
                TestSigners.upstream().sign(TestBulletin.forWard(SIGNED_ONLY).xml());

        HttpResponse<String> response = postCap(signed);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode answer = json.readTree(response.body());
        assertThat(state(answer)).isEqualTo("ISSUED");
        UUID bulletin = UUID.fromString(answer.get("bulletinId").asString());
        assertThat(bulletins.find(bulletin).orElseThrow().signedBy()).contains("CN=KTTV test upstream");
        // #15: reported in the answer and on the bulletin.
        assertThat(answer.get("signature").asString()).isEqualTo("VERIFIED");
        JsonNode stored = getJson("/api/v1/bulletins/" + bulletin);
        assertThat(stored.get("signature").asString()).isEqualTo("VERIFIED");
        assertThat(stored.get("signedBy").asString()).contains("CN=KTTV test upstream");
    }

    @Test
    void anUnsignedBulletinForAWardThatRequiresSignaturesWaitsAsADraftWithTheReasonAudited() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        HttpResponse<String> response =
                postCap(TestBulletin.forWard(SIGNED_ONLY).xml());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode answer = json.readTree(response.body());
        assertThat(state(answer)).isEqualTo("DRAFT");
        String alertId = answer.get("alertIds").get(0).asString();
        assertThat(audit.recent(before, 200)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("alert.held-unsigned");
            assertThat(e.subject()).isEqualTo(alertId);
            assertThat(e.detail()).contains("not signed");
        });
        assertThat(bulletins
                        .find(UUID.fromString(answer.get("bulletinId").asString()))
                        .orElseThrow()
                        .signedBy())
                .isNull();
        // #15: reported in the answer and on the bulletin.
        assertThat(answer.get("signature").asString()).isEqualTo("NONE");
        assertThat(getJson("/api/v1/bulletins/" + answer.get("bulletinId").asString())
                        .get("signature")
                        .asString())
                .isEqualTo("NONE");
    }

    @Test
    void anUnsignedBulletinIsStillAutoIssuedWhereTheWardDoesNotRequireSignatures() throws Exception {
        // Issued, and possibly planned already: with a warm pipeline the planner can be first to the row.
        assertThat(state(accept(TestBulletin.forWard(ANY)))).isIn("ISSUED", "PLANNED");
    }

    @Test
    void aTamperedSignedBulletinIsRefusedAndNothingIsStored() throws Exception {
        TestBulletin bulletin = TestBulletin.forWard(ANY);
        String tampered = TestSigners.upstream().sign(bulletin.xml()).replace("Nguy cơ lũ quét", "Nguy cơ vỡ đập");

        HttpResponse<String> response = postCap(tampered);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = json.readTree(response.body()).get("errors").get(0);
        assertThat(error.get("path").asString()).isEqualTo("/alert/Signature");
        assertThat(error.get("message").asString()).contains("changed after it was signed");
        assertThat(bulletins.findId(new vn.canhbao.core.cap.CapReader().read(utf8(bulletin.xml()))))
                .isEmpty();
    }

    @Test
    void aTamperedBulletinIsRefusedThoughASecondSignatureWasAddedAfterTheChange() throws Exception { // #15
        TestBulletin bulletin = TestBulletin.forWard(ANY);
        String tampered = TestSigners.upstream().sign(bulletin.xml()).replace("Nguy cơ lũ quét", "Nguy cơ vỡ đập");

        HttpResponse<String> response = postCap(stranger().sign(tampered));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json.readTree(response.body())
                        .get("errors")
                        .get(0)
                        .get("message")
                        .asString())
                .contains("changed after it was signed");
        assertThat(bulletins.findId(new vn.canhbao.core.cap.CapReader().read(utf8(bulletin.xml()))))
                .isEmpty();
    }

    @Test
    void aBulletinSignedBySomeoneNotTrustedIsAcceptedAsUnverifiedNamingTheSigner() throws Exception { // #15
        HttpResponse<String> response =
                postCap(stranger().sign(TestBulletin.forWard(ANY).xml()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode answer = json.readTree(response.body());
        assertThat(answer.get("signature").asString()).isEqualTo("UNVERIFIED");
        assertThat(answer.get("signatureReason").asString())
                .contains("signed by CN=Trung tam gia mao")
                .contains("not among canhbao's trusted certificates");
        JsonNode stored =
                getJson("/api/v1/bulletins/" + answer.get("bulletinId").asString());
        assertThat(stored.get("signature").asString()).isEqualTo("UNVERIFIED");
        assertThat(stored.get("signatureReason").asString()).contains("CN=Trung tam gia mao");
        assertThat(stored.get("signedBy").isNull()).isTrue();
    }

    @Test
    void aWardThatRequiresSignaturesHoldsABulletinWhoseSignatureIsUnverified() throws Exception { // #15
        // As Canada's NAADS sends them: the issuer's signature, then the distributor's over it.
        Instant before = Instant.now().minusSeconds(1);
        String twice = stranger()
                .sign(TestSigners.upstream()
                        .sign(TestBulletin.forWard(SIGNED_ONLY).xml()));

        HttpResponse<String> response = postCap(twice);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode answer = json.readTree(response.body());
        assertThat(answer.get("signature").asString()).isEqualTo("UNVERIFIED");
        assertThat(answer.get("signatureReason").asString()).contains("2 signatures");
        assertThat(state(answer)).isEqualTo("DRAFT");
        String alertId = answer.get("alertIds").get(0).asString();
        assertThat(audit.recent(before, 200)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("alert.held-unsigned");
            assertThat(e.subject()).isEqualTo(alertId);
            assertThat(e.detail()).contains("could not be verified");
        });
        assertThat(bulletins
                        .find(UUID.fromString(answer.get("bulletinId").asString()))
                        .orElseThrow()
                        .signedBy())
                .isNull();
    }

    private static CapSigner stranger() {
        SelfSignedCertificate.Signer stranger = SelfSignedCertificate.generate("Trung tam gia mao", Duration.ofDays(1));
        return new CapSigner(stranger.keys().getPrivate(), stranger.certificate());
    }

    private String state(JsonNode accepted) throws Exception {
        return getJson("/api/v1/alerts/" + accepted.get("alertIds").get(0).asString())
                .get("state")
                .asString();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
