package vn.canhbao.gateway.signing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The operator's key for signing the CAP canhbao publishes: a PKCS#12 keystore holding an RSA private key and its
 * certificate ({@code CANHBAO_CAP_SIGNING_KEYSTORE}, {@code _PASSWORD}, {@code _ALIAS}). When no keystore is set, local
 * mode makes its own in {@code ./data/}; elsewhere canhbao publishes unsigned CAP.
 *
 * @param keystore path of the {@code .p12} file
 * @param password the keystore's password, also the key's
 * @param alias the key's alias in the keystore; the first key entry when not set
 */
@ConfigurationProperties("canhbao.cap.signing")
public record CapSigningProperties(String keystore, String password, String alias) {

    public boolean configured() {
        return keystore != null && !keystore.isBlank();
    }
}
