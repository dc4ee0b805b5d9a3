package vn.canhbao.gateway.authenticity;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import vn.canhbao.core.cap.CapSigner;

/**
 * The tests' keys (made with keytool, in {@code src/test/resources/cap-signing/}): the upstream weather service whose
 * certificate the test configuration trusts, and the certificate canhbao publishes with.
 */
public final class TestSigners {

    private static final Path DIR = Path.of("src/test/resources/cap-signing");

    private TestSigners() {}

    /** The trusted upstream (CN=KTTV test upstream). */
    public static CapSigner upstream() {
        return load(DIR.resolve("upstream-kttv.p12"), "test-upstream-password", "kttv");
    }

    /** canhbao's own test key, as configured in application-test.yml. */
    public static CapSigner publisher() {
        return load(DIR.resolve("canhbao-test.p12"), "test-signing-password", "canhbao");
    }

    public static X509Certificate pem(String pem) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(
                        new java.io.ByteArrayInputStream(pem.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }

    public static List<X509Certificate> trusted(CapSigner... signers) {
        return java.util.Arrays.stream(signers).map(CapSigner::certificate).toList();
    }

    private static CapSigner load(Path file, String password, String alias) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            return new CapSigner((PrivateKey) store.getKey(alias, password.toCharArray()), (X509Certificate)
                    store.getCertificate(alias));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the test key " + file.toAbsolutePath(), e);
        }
    }
}
