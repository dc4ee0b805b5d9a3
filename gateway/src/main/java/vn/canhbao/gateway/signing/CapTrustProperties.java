package vn.canhbao.gateway.signing;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whose signatures canhbao accepts on upstream bulletins.
 *
 * @param trustedCertificates PEM files, or folders whose {@code .pem}, {@code .crt} and {@code .cer} files are read
 *     ({@code CANHBAO_CAP_TRUSTED_CERTIFICATES}, comma-separated); a signed bulletin from anyone else is refused
 */
@ConfigurationProperties("canhbao.cap")
public record CapTrustProperties(List<String> trustedCertificates) {

    public CapTrustProperties {
        trustedCertificates = trustedCertificates == null ? List.of() : List.copyOf(trustedCertificates);
    }
}
