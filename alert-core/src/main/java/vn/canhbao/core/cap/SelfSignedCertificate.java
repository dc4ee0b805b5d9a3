package vn.canhbao.core.cap;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A self-signed X.509 certificate for an RSA signing key, built with the JDK alone (the JDK has no public API for it and
 * canhbao needs nothing more than one certificate): local mode's CAP signing key and the tests' signers. An operator's
 * production key comes from a PKCS#12 keystore made by their own tools.
 */
public final class SelfSignedCertificate {

    /** sha256WithRSAEncryption (RFC 4055). */
    private static final byte[] SHA256_WITH_RSA = {
        0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x0b
    };
    /** id-at-commonName (2.5.4.3). */
    private static final byte[] COMMON_NAME = {0x06, 0x03, 0x55, 0x04, 0x03};

    private static final DateTimeFormatter GENERALIZED_TIME =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);

    /** A key pair and its certificate. */
    public record Signer(KeyPair keys, X509Certificate certificate) {}

    private SelfSignedCertificate() {}

    /** A new 3072-bit RSA key and a certificate for {@code commonName}, valid from now for {@code validity}. */
    public static Signer generate(String commonName, Duration validity) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072);
            KeyPair keys = generator.generateKeyPair();
            return new Signer(keys, certify(keys, commonName, Instant.now(), validity));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot make an RSA key", e);
        }
    }

    /** A certificate for {@code keys} with subject and issuer {@code CN=commonName}. */
    public static X509Certificate certify(KeyPair keys, String commonName, Instant notBefore, Duration validity)
            throws GeneralSecurityException {
        byte[] algorithm = sequence(SHA256_WITH_RSA, new byte[] {0x05, 0x00});
        byte[] name =
                sequence(tlv(0x31, sequence(COMMON_NAME, tlv(0x0c, commonName.getBytes(StandardCharsets.UTF_8)))));
        byte[] serial = tlv(
                0x02, new BigInteger(64, new SecureRandom()).add(BigInteger.ONE).toByteArray());
        byte[] validityDates = sequence(time(notBefore), time(notBefore.plus(validity)));
        byte[] tbs = sequence(
                tlv(0xa0, tlv(0x02, new byte[] {2})), // version 3
                serial,
                algorithm,
                name,
                validityDates,
                name,
                keys.getPublic().getEncoded());
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(keys.getPrivate());
        rsa.update(tbs);
        byte[] signature = rsa.sign();
        byte[] bits = new byte[signature.length + 1]; // leading byte: no unused bits
        System.arraycopy(signature, 0, bits, 1, signature.length);
        byte[] der = sequence(tbs, algorithm, tlv(0x03, bits));
        return (X509Certificate)
                CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }

    private static byte[] time(Instant t) {
        return tlv(0x18, GENERALIZED_TIME.format(t).getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] sequence(byte[]... parts) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            content.writeBytes(p);
        }
        return tlv(0x30, content.toByteArray());
    }

    /** One DER element: tag, definite length, content. */
    private static byte[] tlv(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int n = content.length;
        if (n < 0x80) {
            out.write(n);
        } else {
            byte[] length = BigInteger.valueOf(n).toByteArray();
            int skip = length[0] == 0 ? 1 : 0;
            out.write(0x80 | (length.length - skip));
            out.write(length, skip, length.length - skip);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }
}
