package vn.canhbao.gateway.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.canhbao.core.cap.CapMessage;
import vn.canhbao.core.cap.CapReader;
import vn.canhbao.core.cap.CapSignatureException;
import vn.canhbao.core.cap.CapSignatureVerifier;
import vn.canhbao.gateway.GatewayIntegrationTest;
import vn.canhbao.gateway.TestBulletin;
import vn.canhbao.gateway.authenticity.TestSigners;
import vn.canhbao.gateway.registry.WardPolicy;
import vn.canhbao.gateway.registry.WardPolicyRepository;

/**
 * What an aggregator sees, anonymously: the Atom feed of issued alerts and the signed CAP of each, verifiable with
 * the certificate canhbao publishes.
 */
class CapFeedIntegrationTests extends GatewayIntegrationTest {

    /** Xã Ba Vì issues at once; Xã Đức Lập drafts for its officer. */
    static final String AUTO = "21529";

    static final String DRAFTS = "24664";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    WardPolicyRepository policies;

    @BeforeEach
    void wards() {
        policies.save(new WardPolicy(AUTO, true, false, false));
        policies.save(new WardPolicy(DRAFTS, false, false, false));
    }

    @Test
    void theFeedListsIssuedAlertsNewestFirstWithALinkToTheirCap() throws Exception {
        String first = alertOf(TestBulletin.forWard(AUTO));
        String second = alertOf(TestBulletin.forWard(AUTO));
        String draft = alertOf(TestBulletin.forWard(DRAFTS));

        HttpResponse<String> response = anonymous("/cap/alerts.atom");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        Document feed = xml(response.body());
        List<String> ids = entryIds(feed);
        assertThat(ids).contains("urn:uuid:" + first, "urn:uuid:" + second).doesNotContain("urn:uuid:" + draft);
        assertThat(ids.indexOf("urn:uuid:" + second)).isLessThan(ids.indexOf("urn:uuid:" + first));
        assertThat(ids).hasSizeLessThanOrEqualTo(100);
        Element entry = entry(feed, second);
        assertThat(text(entry, "title")).isEqualTo("Nguy cơ lũ quét trên các suối nhỏ trong 6 giờ tới");
        assertThat(text(entry, "updated")).isNotBlank();
        assertThat(text(entry, "summary")).contains("Lũ quét").contains("Xã Ba Vì");
        assertThat(((Element) entry.getElementsByTagNameNS(ATOM, "category").item(0)).getAttribute("term"))
                .isEqualTo("Met");
        Element link = (Element) entry.getElementsByTagNameNS(ATOM, "link").item(0);
        assertThat(link.getAttribute("type")).isEqualTo("application/cap+xml");
        assertThat(link.getAttribute("href")).endsWith("/cap/alerts/" + second + ".xml");
    }

    @Test
    void aWardsFeedHoldsOnlyThatWard() throws Exception {
        String here = alertOf(TestBulletin.forWard(AUTO));

        Document feed = xml(anonymous("/cap/alerts.atom?ward=" + AUTO).body());

        assertThat(entryIds(feed)).contains("urn:uuid:" + here);
        NodeList summaries = feed.getElementsByTagNameNS(ATOM, "summary");
        for (int i = 0; i < summaries.getLength(); i++) {
            assertThat(summaries.item(i).getTextContent()).contains("Xã Ba Vì");
        }
    }

    @Test
    void exercisesAreOnlyInTheExerciseFeed() throws Exception {
        String drill = alertOf(TestBulletin.forWard(AUTO).status("Exercise"));

        assertThat(entryIds(xml(anonymous("/cap/alerts.atom").body()))).doesNotContain("urn:uuid:" + drill);
        assertThat(entryIds(xml(anonymous("/cap/alerts.atom?status=exercise").body())))
                .contains("urn:uuid:" + drill);
    }

    @Test
    void aCancelsEntryLinksTheOriginalAndItsCapReferencesIt() throws Exception {
        TestBulletin original = TestBulletin.forWard(AUTO);
        String originalId = alertOf(original);
        String cancelId = alertOf(TestBulletin.forWard(AUTO).msgType("Cancel").references(original));

        Element entry = entry(xml(anonymous("/cap/alerts.atom").body()), cancelId);
        assertThat(text(entry, "summary")).startsWith("Hủy bỏ");
        Element related = (Element) entry.getElementsByTagNameNS(ATOM, "link").item(1);
        assertThat(related.getAttribute("rel")).isEqualTo("related");
        assertThat(related.getAttribute("href")).endsWith("/cap/alerts/" + originalId + ".xml");

        CapMessage cancel = new CapReader()
                .read(utf8(anonymous("/cap/alerts/" + cancelId + ".xml").body()));
        assertThat(cancel.msgType().capValue()).isEqualTo("Cancel");
        assertThat(cancel.references().getFirst().identifier()).isEqualTo("urn:uuid:" + originalId);
    }

    @Test
    void publishedCapVerifiesWithThePublishedCertificateAndATamperedCopyDoesNot() throws Exception {
        String id = alertOf(TestBulletin.forWard(AUTO));
        String cap = anonymous("/cap/alerts/" + id + ".xml").body();
        HttpResponse<String> pem = anonymous("/cap/signing-certificate.pem");
        assertThat(pem.statusCode()).isEqualTo(200);
        var verifier = new CapSignatureVerifier(List.of(TestSigners.pem(pem.body())));

        assertThat(verifier.verify(utf8(cap)).getSubjectX500Principal().getName())
                .isEqualTo("CN=canhbao test publisher");
        assertThat(TestSigners.pem(pem.body()))
                .isEqualTo(TestSigners.publisher().certificate());

        String tampered = cap.replace("Nguy cơ lũ quét", "Nguy cơ lũ quết");
        assertThat(tampered).isNotEqualTo(cap);
        assertThatThrownBy(() -> verifier.verify(utf8(tampered)))
                .isInstanceOf(CapSignatureException.class)
                .hasMessageContaining("changed after it was signed");
    }

    @Test
    void theApiAndTheFeedServeTheSameSignedCap() throws Exception {
        String id = alertOf(TestBulletin.forWard(AUTO));
        var verifier = new CapSignatureVerifier(List.of(TestSigners.publisher().certificate()));

        verifier.verify(utf8(get("/api/v1/alerts/" + id + "/cap").body()));
        verifier.verify(utf8(anonymous("/cap/alerts/" + id + ".xml").body()));
    }

    @Test
    void theCapOfADraftOrAnUnknownIdIsNotPublished() throws Exception {
        String draft = alertOf(TestBulletin.forWard(DRAFTS));

        assertThat(anonymous("/cap/alerts/" + draft + ".xml").statusCode()).isEqualTo(404);
        assertThat(anonymous("/cap/alerts/not-an-id.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void anUnknownStatusIsABadRequest() throws Exception {
        HttpResponse<String> response = anonymous("/cap/alerts.atom?status=test");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("exercise");
    }

    private String alertOf(TestBulletin bulletin) throws Exception {
        return accept(bulletin).get("alertIds").get(0).asString();
    }

    private HttpResponse<String> anonymous(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(utf8(text)));
    }

    private static List<String> entryIds(Document feed) {
        List<String> ids = new ArrayList<>();
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            ids.add(text((Element) entries.item(i), "id"));
        }
        return ids;
    }

    private static Element entry(Document feed, String alertId) {
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            if (text(e, "id").equals("urn:uuid:" + alertId)) {
                return e;
            }
        }
        throw new AssertionError("no entry for " + alertId);
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
