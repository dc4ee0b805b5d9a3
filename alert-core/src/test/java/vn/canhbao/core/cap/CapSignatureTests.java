package vn.canhbao.core.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.xml.crypto.dom.DOMStructure;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.crypto.dsig.spec.XSLTTransformParameterSpec;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import vn.canhbao.core.cap.CapSignatureException.Reason;

/**
 * What a resident's app, an aggregator or a ward's canhbao relies on: CAP signed by canhbao verifies with canhbao's
 * certificate, and any change, any other signer and any other signature shape is refused with the reason.
 */
class CapSignatureTests {

    private static final SelfSignedCertificate.Signer CANHBAO =
            SelfSignedCertificate.generate("canhbao test signer", Duration.ofDays(1));
    private static final SelfSignedCertificate.Signer STRANGER =
            SelfSignedCertificate.generate("someone else", Duration.ofDays(1));
    private static final String HEADLINE = "Cảnh báo lũ quét tại xã Cao Minh, cấp độ rủi ro 3";

    private final CapSigner signer = new CapSigner(CANHBAO.keys().getPrivate(), CANHBAO.certificate());
    private final CapSignatureVerifier verifier = new CapSignatureVerifier(List.of(CANHBAO.certificate()));

    @Test
    void signedCapVerifiesWithTheSignersCertificate() {
        String signed = signer.sign(CapSamples.text(CapSamples.FLASH_FLOOD));

        assertThat(verifier.verify(utf8(signed))).isEqualTo(CANHBAO.certificate());
        assertThat(CapSignatureVerifier.isSigned(utf8(signed))).isTrue();
    }

    @Test
    void signedCapIsStillValidCapThatSaysItIsSigned() {
        CapMessage message = new CapReader().read(utf8(signer.sign(CapSamples.text(CapSamples.FLASH_FLOOD))));

        assertThat(message.signed()).isTrue();
        assertThat(message.infos().getFirst().headline()).isEqualTo(HEADLINE);
    }

    @Test
    void oneCharacterOfTheHeadlineChangedIsRefusedAsTampered() {
        String signed = signer.sign(CapSamples.text(CapSamples.FLASH_FLOOD));
        String tampered = signed.replace("cấp độ rủi ro 3", "cấp độ rủi ro 5");
        assertThat(tampered).isNotEqualTo(signed);

        assertThatThrownBy(() -> verifier.verify(utf8(tampered)))
                .isInstanceOfSatisfying(
                        CapSignatureException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TAMPERED))
                .hasMessageContaining("changed after it was signed");
    }

    @Test
    void aSignerOutsideTheTrustedCertificatesIsRefusedByName() {
        String signed = new CapSigner(STRANGER.keys().getPrivate(), STRANGER.certificate())
                .sign(CapSamples.text(CapSamples.FLASH_FLOOD));

        assertThatThrownBy(() -> verifier.verify(utf8(signed)))
                .isInstanceOfSatisfying(
                        CapSignatureException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_SIGNER))
                .hasMessageContaining("CN=someone else");
    }

    @Test
    void aTrustedCertificateWithAnotherKeysSignatureIsRefused() throws Exception {
        // The stranger signs, then swaps in canhbao's certificate to borrow its name.
        Document document = CapReader.parse(CapSamples.bytes(CapSamples.FLASH_FLOOD));
        sign(document, STRANGER, SignatureMethod.RSA_SHA256, "", List.of(Transform.ENVELOPED), CANHBAO);

        assertThatThrownBy(() -> verifier.verify(serialize(document)))
                .isInstanceOfSatisfying(
                        CapSignatureException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TAMPERED));
    }

    @Test
    void anUnsignedMessageIsRefusedAsMissing() {
        assertThatThrownBy(() -> verifier.verify(CapSamples.bytes(CapSamples.FLASH_FLOOD)))
                .isInstanceOfSatisfying(
                        CapSignatureException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MISSING));
        assertThat(CapSignatureVerifier.isSigned(CapSamples.bytes(CapSamples.FLASH_FLOOD)))
                .isFalse();
    }

    @Test
    void rsaSha1IsRefusedAsAWeakAlgorithm() throws Exception {
        Document document = CapReader.parse(CapSamples.bytes(CapSamples.FLASH_FLOOD));
        sign(document, CANHBAO, SignatureMethod.RSA_SHA1, "", List.of(Transform.ENVELOPED), CANHBAO);

        assertThatThrownBy(() -> verifier.verify(serialize(document)))
                .isInstanceOfSatisfying(
                        CapSignatureException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ALGORITHM))
                .hasMessageContaining("rsa-sha1");
    }

    @Test
    void anXsltTransformIsRefused() throws Exception {
        Document document = CapReader.parse(CapSamples.bytes(CapSamples.FLASH_FLOOD));
        sign(document, CANHBAO, SignatureMethod.RSA_SHA256, "", List.of(Transform.ENVELOPED, Transform.XSLT), CANHBAO);

        assertThatThrownBy(() -> verifier.verify(serialize(document)))
                .isInstanceOfSatisfying(
                        CapSignatureException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ALGORITHM))
                .hasMessageContaining("no XSLT");
    }

    @Test
    void aReferenceToSomethingOtherThanTheWholeAlertIsRefused() throws Exception {
        Document document = CapReader.parse(CapSamples.bytes(CapSamples.FLASH_FLOOD));
        sign(document, CANHBAO, SignatureMethod.RSA_SHA256, "#elsewhere", List.of(Transform.ENVELOPED), CANHBAO);

        assertThatThrownBy(() -> verifier.verify(serialize(document)))
                .isInstanceOfSatisfying(
                        CapSignatureException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED))
                .hasMessageContaining("URI=\"#elsewhere\"");
    }

    @Test
    void twoSignaturesAreRefused() {
        String once = signer.sign(CapSamples.text(CapSamples.FLASH_FLOOD));
        String twice = signer.sign(once);

        assertThatThrownBy(() -> verifier.verify(utf8(twice)))
                .isInstanceOfSatisfying(
                        CapSignatureException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED))
                .hasMessageContaining("2 signatures");
    }

    @Test
    void aRefusalIsACapRejectionAtTheSignature() {
        assertThatThrownBy(() -> verifier.verify(CapSamples.bytes(CapSamples.FLASH_FLOOD)))
                .isInstanceOf(CapRejectedException.class)
                .satisfies(e -> assertThat(
                                ((CapRejectedException) e).problems().getFirst().path())
                        .isEqualTo("/alert/Signature"));
    }

    /** Signs as a careless or hostile sender might: any algorithm, URI and transforms, any certificate shown. */
    private static void sign(
            Document document,
            SelfSignedCertificate.Signer by,
            String signatureMethod,
            String uri,
            List<String> transforms,
            SelfSignedCertificate.Signer shown)
            throws Exception {
        XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
        List<Transform> steps = new java.util.ArrayList<>();
        for (String t : transforms) {
            if (t.equals(Transform.XSLT)) {
                Document xslt = CapReader.parse(
                        ("<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">"
                                        + "<xsl:template match=\"/\"><xsl:text>x</xsl:text></xsl:template></xsl:stylesheet>")
                                .getBytes(StandardCharsets.UTF_8));
                steps.add(factory.newTransform(
                        t, new XSLTTransformParameterSpec(new DOMStructure(xslt.getDocumentElement()))));
            } else {
                steps.add(factory.newTransform(t, (TransformParameterSpec) null));
            }
        }
        var reference =
                factory.newReference(uri, factory.newDigestMethod(DigestMethod.SHA256, null), steps, null, null);
        var info = factory.newSignedInfo(
                factory.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                factory.newSignatureMethod(signatureMethod, null),
                List.of(reference));
        KeyInfoFactory keys = factory.getKeyInfoFactory();
        var keyInfo = keys.newKeyInfo(List.of(keys.newX509Data(List.of(shown.certificate()))));
        DOMSignContext context = new DOMSignContext(by.keys().getPrivate(), document.getDocumentElement());
        // A hostile sender's tools do not refuse XSLT: the signature is complete, and only its shape is wrong.
        context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.FALSE);
        try {
            factory.newXMLSignature(info, keyInfo).sign(context);
        } catch (javax.xml.crypto.dsig.XMLSignatureException e) {
            // A reference the JDK cannot resolve still leaves the signature in place, as a hostile sender would.
        }
    }

    private static byte[] serialize(Document document) throws Exception {
        var transformer =
                javax.xml.transform.TransformerFactory.newDefaultInstance().newTransformer();
        var out = new java.io.ByteArrayOutputStream();
        transformer.transform(
                new javax.xml.transform.dom.DOMSource(document), new javax.xml.transform.stream.StreamResult(out));
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
