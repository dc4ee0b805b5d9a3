package vn.canhbao.gateway.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.canhbao.core.cap.CapSigner;

/**
 * The key canhbao signs its published CAP with, if any: the operator's PKCS#12 keystore, else one a
 * {@link SigningKeystoreSource} supplies (local mode), else none (CAP is published unsigned and a warning says so at
 * start). A keystore that is configured but unreadable stops the start: publishing unsigned by mistake is worse.
 */
@Component
public class CapSigning {

    private static final Logger log = LoggerFactory.getLogger(CapSigning.class);

    private final Optional<CapSigner> signer;

    CapSigning(CapSigningProperties properties, List<SigningKeystoreSource> sources) {
        CapSigningProperties chosen = properties.configured()
                ? properties
                : sources.stream()
                        .map(SigningKeystoreSource::keystore)
                        .findFirst()
                        .orElse(null);
        if (chosen == null) {
            log.warn("No CAP signing key (canhbao.cap.signing.keystore): the CAP canhbao publishes is not signed");
            this.signer = Optional.empty();
        } else {
            this.signer = Optional.of(load(chosen));
            log.info(
                    "Signing published CAP as {}",
                    signer.get().certificate().getSubjectX500Principal().getName());
        }
    }

    public Optional<CapSigner> signer() {
        return signer;
    }

    /** The signing certificate as PEM, for anyone to verify canhbao's CAP with. */
    public Optional<String> certificatePem() {
        return signer.map(s -> pem(s.certificate()));
    }

    static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encode the signing certificate", e);
        }
    }

    private static CapSigner load(CapSigningProperties p) {
        Path file = Path.of(p.keystore());
        char[] password = p.password() == null ? new char[0] : p.password().toCharArray();
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String alias = p.alias() != null && !p.alias().isBlank()
                    ? p.alias()
                    : Collections.list(store.aliases()).stream()
                            .filter(a -> isKey(store, a))
                            .findFirst()
                            .orElseThrow(() -> new IllegalStateException(
                                    "The CAP signing keystore " + file.toAbsolutePath() + " holds no private key"));
            if (!store.isKeyEntry(alias)) {
                throw new IllegalStateException("The CAP signing keystore " + file.toAbsolutePath()
                        + " has no private key under the alias '" + alias + "' (canhbao.cap.signing.alias)");
            }
            PrivateKey key = (PrivateKey) store.getKey(alias, password);
            return new CapSigner(key, (X509Certificate) store.getCertificate(alias));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(
                    "Cannot read the CAP signing keystore " + file.toAbsolutePath()
                            + " (canhbao.cap.signing.keystore, .password): " + e.getMessage(),
                    e);
        }
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
