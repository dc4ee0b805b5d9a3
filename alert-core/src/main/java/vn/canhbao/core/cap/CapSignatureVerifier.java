package vn.canhbao.core.cap;

import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.canhbao.core.cap.CapSignatureException.Reason;

/**
 * Checks the enveloped XML signature of a CAP message against a set of trusted certificates and says which one signed.
 * Every signature must match the content it signed, or the message was tampered with ({@link SignatureIntegrity}); only
 * then is a signature either verified or, when canhbao cannot vouch for it, unverified ({@link CapSignature}). Only one
 * shape is verified, so that a signature cannot vouch for something other than the {@code <alert>} that is
 * read (signature wrapping): exactly one {@code <Signature>}, a child of {@code <alert>}, with exactly one reference to
 * the whole document ({@code URI=""}) or to the {@code <alert>} by its id; only the enveloped-signature and
 * canonicalisation transforms (no XSLT, no XPath); RSA or ECDSA with SHA-256 or stronger; the signer's certificate in
 * {@code KeyInfo}. The document is parsed as {@link CapReader} parses it (no DOCTYPE, no external resources) and the
 * JDK's secure validation is on.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class CapSignatureVerifier {

    private static final Set<String> SIGNATURE_METHODS = Set.of(
            SignatureMethod.RSA_SHA256,
            SignatureMethod.RSA_SHA384,
            SignatureMethod.RSA_SHA512,
            SignatureMethod.ECDSA_SHA256,
            SignatureMethod.ECDSA_SHA384,
            SignatureMethod.ECDSA_SHA512);
    private static final Set<String> DIGEST_METHODS =
            Set.of(DigestMethod.SHA256, DigestMethod.SHA384, DigestMethod.SHA512);
    private static final Set<String> CANONICALIZATIONS = Set.of(
            CanonicalizationMethod.EXCLUSIVE,
            CanonicalizationMethod.EXCLUSIVE_WITH_COMMENTS,
            CanonicalizationMethod.INCLUSIVE,
            CanonicalizationMethod.INCLUSIVE_WITH_COMMENTS);

    private final List<X509Certificate> trusted;

    public CapSignatureVerifier(List<X509Certificate> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    /** Whether {@code xml} carries an XML signature at all (unsigned messages need no verification). */
    public static boolean isSigned(byte[] xml) {
        return !signatures(CapReader.parse(xml)).isEmpty();
    }

    /**
     * What canhbao makes of the signature of {@code xml}: none, verified (by which trusted certificate), or
     * unverified and why (a weak algorithm, an unknown signer, several signatures, another shape).
     *
     * @throws CapSignatureException with {@link Reason#TAMPERED} when any signature, trusted or not, does not match
     *     the content (it was changed after it was signed); {@link Reason#MALFORMED} when there are more signatures or
     *     references than canhbao reads
     * @throws CapRejectedException when it is not XML that canhbao reads at all
     */
    public CapSignature check(byte[] xml) {
        Document document = CapReader.parse(xml);
        List<Element> found = signatures(document);
        if (found.isEmpty()) {
            return CapSignature.none();
        }
        XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
        // Tampering first, for every signature: only then may a signature be called merely unverified.
        SignatureIntegrity.check(document, found, factory);
        if (found.size() > 1) {
            return CapSignature.unverified(
                    Reason.MALFORMED,
                    "The message carries " + found.size() + " signatures; canhbao verifies exactly one, over the"
                            + " whole <alert>.");
        }
        try {
            return CapSignature.verified(verifyOne(document, found.getFirst(), factory));
        } catch (CapSignatureException e) {
            if (e.reason() == Reason.TAMPERED) {
                throw e;
            }
            return CapSignature.unverified(e.reason(), e.problems().getFirst().message());
        }
    }

    /**
     * Verifies the signature of {@code xml}, strictly.
     *
     * @return the trusted certificate that signed it
     * @throws CapSignatureException when it is unsigned, tampered with, signed by someone not trusted, or not signed
     *     in the shape and with the algorithms canhbao accepts; the message says which
     * @throws CapRejectedException when it is not XML that canhbao reads at all
     */
    public X509Certificate verify(byte[] xml) {
        CapSignature signature = check(xml);
        return switch (signature.status()) {
            case VERIFIED -> signature.signer();
            case UNVERIFIED -> throw new CapSignatureException(signature.reason(), signature.detail());
            case NONE ->
                throw new CapSignatureException(
                        Reason.MISSING,
                        "The message is not signed: add an enveloped XML signature (<Signature xmlns=\""
                                + XMLSignature.XMLNS + "\">) to the <alert>.");
        };
    }

    private X509Certificate verifyOne(Document document, Element signatureElement, XMLSignatureFactory factory) {
        if (signatureElement.getParentNode() != document.getDocumentElement()) {
            throw new CapSignatureException(
                    Reason.MALFORMED, "The <Signature> must be a child of <alert> (an enveloped signature).");
        }
        // Read without the JDK's secure validation (on by default) first, only to look at the shape: it would refuse a
        // weak algorithm with a message less clear than ours. Nothing is resolved or executed before the checks below.
        DOMValidateContext context = new DOMValidateContext(SignatureIntegrity.NO_KEY, signatureElement);
        context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.FALSE);
        XMLSignature signature;
        try {
            signature = factory.unmarshalXMLSignature(context);
        } catch (MarshalException e) {
            throw new CapSignatureException(
                    Reason.MALFORMED, "The <Signature> cannot be read (" + e.getMessage() + ").", e);
        }
        checkShape(signature.getSignedInfo(), document.getDocumentElement());
        X509Certificate signer = trustedSigner(signature);
        DOMValidateContext validation =
                new DOMValidateContext(KeySelector.singletonKeySelector(signer.getPublicKey()), signatureElement);
        validation.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
        try {
            XMLSignature checked = factory.unmarshalXMLSignature(validation);
            if (checked.validate(validation)) {
                return signer;
            }
            Reference reference = checked.getSignedInfo().getReferences().getFirst();
            if (!reference.validate(validation)) {
                throw new CapSignatureException(
                        Reason.TAMPERED,
                        "The message was changed after it was signed (its digest does not match the signed one): ask "
                                + subject(signer) + " for the original.");
            }
            throw new CapSignatureException(
                    Reason.TAMPERED,
                    "The signature value does not match the certificate of " + subject(signer)
                            + ": the message was not signed with that key, or the signature was altered.");
        } catch (MarshalException | XMLSignatureException e) {
            throw new CapSignatureException(
                    Reason.MALFORMED, "The signature cannot be checked (" + e.getMessage() + ").", e);
        }
    }

    static List<Element> signatures(Document document) {
        return SignatureIntegrity.elements(document.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature"));
    }

    private static void checkShape(SignedInfo info, Element root) {
        String canonicalization = info.getCanonicalizationMethod().getAlgorithm();
        if (!CANONICALIZATIONS.contains(canonicalization)) {
            throw new CapSignatureException(
                    Reason.ALGORITHM,
                    "The canonicalisation " + canonicalization + " is not accepted: use exclusive C14N ("
                            + CanonicalizationMethod.EXCLUSIVE + ").");
        }
        String method = info.getSignatureMethod().getAlgorithm();
        if (!SIGNATURE_METHODS.contains(method)) {
            throw new CapSignatureException(
                    Reason.ALGORITHM,
                    "The signature algorithm " + method + " is not accepted: sign with RSA-SHA256 ("
                            + SignatureMethod.RSA_SHA256 + ") or stronger.");
        }
        List<?> references = info.getReferences();
        if (references.size() != 1) {
            throw new CapSignatureException(
                    Reason.MALFORMED,
                    "The signature has " + references.size() + " references; canhbao accepts exactly one, to the"
                            + " whole <alert> (URI=\"\").");
        }
        Reference reference = (Reference) references.getFirst();
        checkUri(reference.getURI(), root);
        String digest = reference.getDigestMethod().getAlgorithm();
        if (!DIGEST_METHODS.contains(digest)) {
            throw new CapSignatureException(
                    Reason.ALGORITHM,
                    "The digest algorithm " + digest + " is not accepted: use SHA-256 (" + DigestMethod.SHA256 + ").");
        }
        for (Object t : reference.getTransforms()) {
            String algorithm = ((Transform) t).getAlgorithm();
            if (!Transform.ENVELOPED.equals(algorithm) && !CANONICALIZATIONS.contains(algorithm)) {
                throw new CapSignatureException(
                        Reason.ALGORITHM,
                        "The transform " + algorithm + " is not accepted: only the enveloped-signature transform and"
                                + " canonicalisation may be used (no XSLT, no XPath).");
            }
        }
    }

    /** {@code ""}, or {@code #id} naming the {@code <alert>} itself; the id is marked so the JDK resolves only it. */
    private static void checkUri(String uri, Element root) {
        if ("".equals(uri)) {
            return;
        }
        Attr id = uri != null && uri.startsWith("#") ? SignatureIntegrity.idOf(root, uri.substring(1)) : null;
        if (id != null) {
            root.setIdAttributeNode(id, true);
            return;
        }
        throw new CapSignatureException(
                Reason.MALFORMED,
                "The signature's reference URI=\"" + uri + "\" does not name the whole <alert>: use URI=\"\".");
    }

    private X509Certificate trustedSigner(XMLSignature signature) {
        X509Certificate presented = Optional.ofNullable(signature.getKeyInfo()).stream()
                .flatMap(k -> k.getContent().stream())
                .filter(X509Data.class::isInstance)
                .flatMap(d -> ((X509Data) d).getContent().stream())
                .filter(X509Certificate.class::isInstance)
                .map(X509Certificate.class::cast)
                .findFirst()
                .orElseThrow(() -> new CapSignatureException(
                        Reason.UNKNOWN_SIGNER,
                        "The signature carries no X.509 certificate in <KeyInfo><X509Data>, so its signer cannot be"
                                + " known: include the signing certificate."));
        X509Certificate trustedOne = trusted.stream()
                .filter(presented::equals)
                .findFirst()
                .orElseThrow(() -> new CapSignatureException(
                        Reason.UNKNOWN_SIGNER,
                        "The message is signed by " + subject(presented)
                                + ", which is not among canhbao's trusted certificates: ask the operator to add its"
                                + " certificate to canhbao.cap.trusted-certificates, or sign with a trusted key."));
        try {
            trustedOne.checkValidity();
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw new CapSignatureException(
                    Reason.UNKNOWN_SIGNER,
                    "The certificate of " + subject(trustedOne) + " is valid only from " + trustedOne.getNotBefore()
                            + " to " + trustedOne.getNotAfter() + ": sign with a current key.",
                    e);
        }
        return trustedOne;
    }

    private static String subject(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().getName();
    }
}
