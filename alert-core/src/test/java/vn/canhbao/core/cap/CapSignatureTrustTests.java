package vn.canhbao.core.cap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.SignatureMethod;
import org.junit.jupiter.api.Test;
import vn.canhbao.core.cap.CapSignature.Status;
import vn.canhbao.core.cap.CapSignatureException.Reason;

/**
 * A signature canhbao cannot vouch for leaves a message valid but unverified; a signature that does not match the
 * content is tampering, however the message is dressed up afterwards (#15).
 */
class CapSignatureTrustTests {

    private static final SelfSignedCertificate.Signer TRUSTED =
            SelfSignedCertificate.generate("trusted upstream", Duration.ofDays(1));
    private static final SelfSignedCertificate.Signer STRANGER =
            SelfSignedCertificate.generate("another authority", Duration.ofDays(1));

    private final CapSigner trusted = new CapSigner(TRUSTED.keys().getPrivate(), TRUSTED.certificate());
    private final CapSigner stranger = new CapSigner(STRANGER.keys().getPrivate(), STRANGER.certificate());
    private final CapSignatureVerifier verifier = new CapSignatureVerifier(List.of(TRUSTED.certificate()));

    @Test
    void aTrustedSignatureIsVerifiedAndNamesItsSigner() {
        CapSignature signature = verifier.check(utf8(trusted.sign(flashFlood())));

        assertThat(signature.status()).isEqualTo(Status.VERIFIED);
        assertThat(signature.signedBy()).contains("CN=trusted upstream");
    }

    @Test
    void anUnsignedMessageHasNoSignature() {
        assertThat(verifier.check(utf8(flashFlood())).status()).isEqualTo(Status.NONE);
    }

    @Test
    void anUnknownSignerIsUnverifiedByName() { // #15
        CapSignature signature = verifier.check(utf8(stranger.sign(flashFlood())));

        assertThat(signature.status()).isEqualTo(Status.UNVERIFIED);
        assertThat(signature.reason()).isEqualTo(Reason.UNKNOWN_SIGNER);
        assertThat(signature.detail()).contains("CN=another authority");
        assertThat(signature.signedBy()).isEmpty();
    }

    @Test
    void theUsgsBulletinSignedWithRsaSha1IsUnverifiedNotRefused() throws Exception { // #15
        CapSignature signature = verifier.check(corpusFile("earthquake_signed.cap"));

        assertThat(signature.status()).isEqualTo(Status.UNVERIFIED);
        assertThat(signature.reason()).isEqualTo(Reason.ALGORITHM);
        assertThat(signature.detail()).contains("rsa-sha1");
    }

    @Test
    void theUsgsBulletinChangedAfterSigningIsTamperedThoughItsAlgorithmIsWeak() throws Exception { // #15
        String changed = new String(corpusFile("earthquake_signed.cap"), StandardCharsets.ISO_8859_1)
                .replace("EQ 1.3 The Geysers", "EQ 7.3 The Geysers");

        assertTampered(changed.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void twoSignaturesAsCanadasNaadsSendsThemAreUnverified() { // #15
        String issuerThenNaads = stranger.sign(trusted.sign(flashFlood()));
        String naadsThenIssuer = trusted.sign(stranger.sign(flashFlood()));

        for (String twice : List.of(issuerThenNaads, naadsThenIssuer)) {
            CapSignature signature = verifier.check(utf8(twice));
            assertThat(signature.status()).isEqualTo(Status.UNVERIFIED);
            assertThat(signature.detail()).contains("2 signatures");
        }
    }

    @Test
    void twoSignaturesOverTheSameUnsignedContentAreUnverified() throws Exception { // #15
        // Signed side by side: each signer saw the alert without the other's signature.
        String first = trusted.sign(flashFlood());
        String second = stranger.sign(flashFlood());
        int at = second.indexOf("<ds:Signature") >= 0 ? second.indexOf("<ds:Signature") : second.indexOf("<Signature");
        String theirs = second.substring(at, second.lastIndexOf("</alert>"));
        String both = first.replace("</alert>", theirs + "</alert>");

        assertThat(verifier.check(utf8(both)).status()).isEqualTo(Status.UNVERIFIED);
    }

    @Test
    void aSecondSignatureDoesNotPassATamperedMessageOffAsUnverified() { // #15
        String tampered = trusted.sign(flashFlood()).replace("cấp độ rủi ro 3", "cấp độ rủi ro 5");

        assertTampered(utf8(stranger.sign(tampered)));
    }

    @Test
    void namingSha1DoesNotPassATamperedMessageOffAsUnverified() { // #15
        String tampered = trusted.sign(flashFlood())
                .replace("cấp độ rủi ro 3", "cấp độ rủi ro 5")
                .replace(DigestMethod.SHA256, "http://www.w3.org/2000/09/xmldsig#sha1")
                .replace(SignatureMethod.RSA_SHA256, SignatureMethod.RSA_SHA1);

        assertTampered(utf8(tampered));
    }

    @Test
    void tooManySignaturesAreRefusedRatherThanLeftUnchecked() {
        String signed = flashFlood();
        for (int i = 0; i <= SignatureIntegrity.MAX_SIGNATURES; i++) {
            signed = stranger.sign(signed);
        }
        byte[] many = utf8(signed);

        assertThatThrownBy(() -> verifier.check(many))
                .isInstanceOfSatisfying(
                        CapSignatureException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
    }

    private void assertTampered(byte[] xml) {
        assertThatThrownBy(() -> verifier.check(xml))
                .isInstanceOfSatisfying(
                        CapSignatureException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TAMPERED))
                .hasMessageContaining("changed after it was signed");
    }

    private static String flashFlood() {
        return CapSamples.text(CapSamples.FLASH_FLOOD);
    }

    private static byte[] corpusFile(String name) throws Exception {
        Optional<Path> corpus = Optional.empty();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null && corpus.isEmpty(); dir = dir.getParent()) {
            corpus = Optional.of(dir.resolve("shared").resolve("cap-corpus")).filter(Files::isDirectory);
        }
        assumeTrue(corpus.isPresent(), "no CAP corpus beside the repository (shared/cap-corpus)");
        return Files.readAllBytes(corpus.get().resolve(name));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
