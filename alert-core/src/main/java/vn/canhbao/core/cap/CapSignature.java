package vn.canhbao.core.cap;

import java.security.cert.X509Certificate;
import java.util.Objects;
import java.util.Optional;
import vn.canhbao.core.cap.CapSignatureException.Reason;

/**
 * What canhbao makes of a CAP message's XML signature. Only {@link Status#VERIFIED} counts as signed: one signature, in
 * the shape and with the algorithms canhbao accepts, by a trusted certificate. A signature canhbao cannot vouch for (a
 * weak algorithm, an unknown signer, several signatures) is {@link Status#UNVERIFIED}, with the reason; it does not make
 * the message invalid. A signature that does not match the content is tampering and is never a {@code CapSignature}:
 * {@link CapSignatureVerifier#check} throws then.
 *
 * @param signer the trusted certificate that signed, when verified
 * @param reason why it is not verified, when unverified
 * @param detail the reason in words a sender can act on, when unverified
 */
public record CapSignature(Status status, X509Certificate signer, Reason reason, String detail) {

    /** Whether a message's signature verified, could not be verified, or is absent. */
    public enum Status {
        VERIFIED,
        UNVERIFIED,
        NONE
    }

    public CapSignature {
        Objects.requireNonNull(status);
        if ((status == Status.VERIFIED) != (signer != null)) {
            throw new IllegalArgumentException("a signer is named exactly when the signature verified");
        }
        if ((status == Status.UNVERIFIED) != (detail != null)) {
            throw new IllegalArgumentException("a reason is given exactly when the signature is unverified");
        }
    }

    public static CapSignature none() {
        return new CapSignature(Status.NONE, null, null, null);
    }

    public static CapSignature verified(X509Certificate signer) {
        return new CapSignature(Status.VERIFIED, signer, null, null);
    }

    public static CapSignature unverified(Reason reason, String detail) {
        return new CapSignature(Status.UNVERIFIED, null, reason, detail);
    }

    /** The subject of the trusted certificate that signed, when verified. */
    public Optional<String> signedBy() {
        return Optional.ofNullable(signer).map(c -> c.getSubjectX500Principal().getName());
    }

    public boolean verified() {
        return status == Status.VERIFIED;
    }
}
