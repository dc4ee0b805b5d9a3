package vn.canhbao.core.cap;

import java.util.List;

/**
 * A CAP message whose XML signature canhbao cannot accept: the problem names what is wrong (tampered content, an
 * unknown signer, a refused algorithm) so the sender can act on it. It is a {@link CapRejectedException}, so the API
 * answers 400 and nothing is stored.
 */
public class CapSignatureException extends CapRejectedException {

    /** Why a signature was refused. */
    public enum Reason {
        /** No {@code <Signature>} where one was required. */
        MISSING,
        /** Not the one enveloped signature over the whole {@code <alert>} that canhbao accepts. */
        MALFORMED,
        /** An algorithm or transform canhbao does not accept. */
        ALGORITHM,
        /** Signed by a certificate that is not among the trusted ones, or not valid now. */
        UNKNOWN_SIGNER,
        /** The signature does not match: the message was changed after it was signed, or signed with another key. */
        TAMPERED
    }

    /** Where signature problems are reported. */
    public static final String PATH = "/alert/Signature";

    private final Reason reason;

    public CapSignatureException(Reason reason, String message) {
        this(reason, message, null);
    }

    public CapSignatureException(Reason reason, String message, Throwable cause) {
        super(List.of(new CapProblem(PATH, message)), cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
