package vn.canhbao.gateway.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.canhbao.core.cap.CapSignature;
import vn.canhbao.core.cap.CapSignatureVerifier;

/**
 * The upstream senders whose signatures canhbao trusts (PEM certificates from {@code canhbao.cap.trusted-certificates})
 * and the check of a bulletin's signature against them. A path that does not exist stops the start, so a typo cannot
 * silently leave every signed bulletin refused.
 */
@Component
public class TrustedSigners {

    private static final Logger log = LoggerFactory.getLogger(TrustedSigners.class);

    private final List<X509Certificate> certificates;
    private final CapSignatureVerifier verifier;

    TrustedSigners(CapTrustProperties properties) {
        this.certificates = load(properties.trustedCertificates());
        this.verifier = new CapSignatureVerifier(certificates);
        certificates.forEach(c -> log.info(
                "Trusting CAP signatures of {}", c.getSubjectX500Principal().getName()));
    }

    /**
     * What canhbao makes of a bulletin's signature: none, verified by a trusted certificate, or unverified and why (an
     * unknown signer, a weak algorithm, several signatures). Only a verified signature counts as signed.
     *
     * @throws vn.canhbao.core.cap.CapSignatureException when a signature does not match the content: the bulletin was
     *     changed after it was signed
     */
    public CapSignature check(byte[] xml) {
        return verifier.check(xml);
    }

    public List<X509Certificate> certificates() {
        return certificates;
    }

    private static List<X509Certificate> load(List<String> paths) {
        List<X509Certificate> found = new ArrayList<>();
        for (String p : paths) {
            if (p.isBlank()) {
                continue;
            }
            Path path = Path.of(p.strip());
            if (!Files.exists(path)) {
                throw new IllegalStateException("canhbao.cap.trusted-certificates names " + path.toAbsolutePath()
                        + ", which does not exist: give PEM files or folders of them");
            }
            try (Stream<Path> files = Files.isDirectory(path) ? Files.list(path) : Stream.of(path)) {
                for (Path file :
                        files.filter(f -> !Files.isDirectory(f)).sorted().toList()) {
                    String name = file.getFileName().toString().toLowerCase();
                    if (Files.isDirectory(path)
                            && !(name.endsWith(".pem") || name.endsWith(".crt") || name.endsWith(".cer"))) {
                        continue;
                    }
                    found.addAll(read(file));
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read trusted certificates from " + path.toAbsolutePath(), e);
            }
        }
        return List.copyOf(found);
    }

    private static List<X509Certificate> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(X509Certificate.class::cast)
                    .toList();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "The trusted certificate file " + file.toAbsolutePath() + " is not PEM X.509: " + e.getMessage(),
                    e);
        }
    }
}
