package vn.canhbao.gateway.local;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.canhbao.core.cap.SelfSignedCertificate;
import vn.canhbao.gateway.signing.CapSigningProperties;
import vn.canhbao.gateway.signing.SigningKeystoreSource;

/**
 * Local mode's key for signing published CAP: a self-signed RSA key made on the first start and kept in
 * {@code ./data/cap-signing.p12} (its password in {@code ./data/cap-signing-password}), so CAP fetched yesterday still
 * verifies today. Its certificate is at {@code /cap/signing-certificate.pem}. An operator's keystore replaces it.
 */
@Component
@Profile("local")
class LocalCapSigningKey implements SigningKeystoreSource {

    static final String ALIAS = "canhbao";
    private static final Path KEYSTORE = Path.of("./data/cap-signing.p12");
    /** Google Public Alerts asks publishers to renew signing keys at least every two years. */
    private static final Duration VALIDITY = Duration.ofDays(730);

    private final CapSigningProperties keystore;

    LocalCapSigningKey() {
        String password = LocalSecret.kept(
                Path.of("./data/cap-signing-password"),
                "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                32);
        if (!Files.exists(KEYSTORE)) {
            create(KEYSTORE, password);
        }
        this.keystore = new CapSigningProperties(KEYSTORE.toString(), password, ALIAS);
    }

    @Override
    public CapSigningProperties keystore() {
        return keystore;
    }

    private static void create(Path file, String password) {
        SelfSignedCertificate.Signer signer = SelfSignedCertificate.generate("canhbao local mode", VALIDITY);
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(
                    ALIAS, signer.keys().getPrivate(), password.toCharArray(), new Certificate[] {signer.certificate()
                    });
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password.toCharArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the local CAP signing key in " + file.toAbsolutePath(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot make the local CAP signing key", e);
        }
    }
}
