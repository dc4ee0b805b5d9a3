package vn.canhbao.core.cap;

import java.security.Key;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import javax.xml.crypto.AlgorithmMethod;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.KeySelectorException;
import javax.xml.crypto.KeySelectorResult;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyValue;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import vn.canhbao.core.cap.CapSignatureException.Reason;

/**
 * Tells tampering apart from a signature canhbao merely cannot vouch for: every signature of a message, trusted or not,
 * whatever its algorithms, must still match the content it signed. Each reference to the whole {@code <alert>} is
 * digested again (SHA-1 included: a weak digest still shows a change) and the signature value is checked with the key
 * the signature itself carries. A mismatch is tampering, so an attacker cannot pass a changed bulletin off as merely
 * unverified by adding a second signature or naming a weaker algorithm.
 *
 * <p>Where a message carries several signatures (Canada's NAADS adds its own to the issuer's), each signer saw the
 * document with or without the others: a reference matches when the content digests to it with the other signatures
 * removed, or only the later ones, or only the earlier ones. The content itself, everything but signatures, is the same
 * in each, so no choice can hide a change to it. Only the enveloped-signature and canonicalisation transforms are ever
 * run (never XSLT or XPath), only same-document references are resolved, and the work is bounded: at most
 * {@value #MAX_SIGNATURES} signatures and {@value #MAX_REFERENCES} references in all.
 */
final class SignatureIntegrity {

    static final int MAX_SIGNATURES = 4;
    static final int MAX_REFERENCES = 8;

    private static final Set<String> SAFE_TRANSFORMS = Set.of(
            Transform.ENVELOPED,
            CanonicalizationMethod.EXCLUSIVE,
            CanonicalizationMethod.EXCLUSIVE_WITH_COMMENTS,
            CanonicalizationMethod.INCLUSIVE,
            CanonicalizationMethod.INCLUSIVE_WITH_COMMENTS,
            "http://www.w3.org/2006/12/xml-c14n11",
            "http://www.w3.org/2006/12/xml-c14n11#WithComments");

    /** Reading a signature and digesting its references need no key. */
    static final KeySelector NO_KEY = new KeySelector() {
        @Override
        public KeySelectorResult select(
                KeyInfo keyInfo, Purpose purpose, AlgorithmMethod method, XMLCryptoContext context)
                throws KeySelectorException {
            throw new KeySelectorException("no key is needed to read a signature");
        }
    };

    private SignatureIntegrity() {}

    /**
     * Throws a {@link Reason#TAMPERED} refusal when a signature of {@code document} does not match its content; a
     * signature that cannot be read or checked is left to the trust decision.
     */
    static void check(Document document, List<Element> signatures, XMLSignatureFactory factory) {
        if (signatures.size() > MAX_SIGNATURES) {
            throw new CapSignatureException(
                    Reason.MALFORMED,
                    "The message carries " + signatures.size() + " signatures; canhbao reads at most " + MAX_SIGNATURES
                            + ".");
        }
        List<Optional<XMLSignature>> read =
                signatures.stream().map(s -> read(factory, s)).toList();
        int references = read.stream()
                .flatMap(Optional::stream)
                .mapToInt(s -> s.getSignedInfo().getReferences().size())
                .sum();
        if (references > MAX_REFERENCES) {
            throw new CapSignatureException(
                    Reason.MALFORMED,
                    "The signatures carry " + references + " references; canhbao reads at most " + MAX_REFERENCES
                            + ".");
        }
        for (int i = 0; i < signatures.size(); i++) {
            if (read.get(i).isEmpty()) {
                continue;
            }
            XMLSignature signature = read.get(i).get();
            String which =
                    signatures.size() == 1 ? "its signature" : "signature " + (i + 1) + " of " + signatures.size();
            List<?> refs = signature.getSignedInfo().getReferences();
            for (int r = 0; r < refs.size(); r++) {
                if (checkable((Reference) refs.get(r), document.getDocumentElement())
                        && !digestMatches(document, i, r, signatures.size(), factory)) {
                    throw new CapSignatureException(
                            Reason.TAMPERED,
                            "The message was changed after it was signed (the digest of " + which
                                    + " does not match the content): ask the sender for the original.");
                }
            }
            Optional<Key> key = ownKey(signature.getKeyInfo());
            if (key.isPresent() && !signatureValueMatches(signature, signatures.get(i), key.get())) {
                throw new CapSignatureException(
                        Reason.TAMPERED,
                        "The signature value of " + which + " does not match the key it names: the message was"
                                + " not signed with that key, or the signature was altered.");
            }
        }
    }

    static Optional<XMLSignature> read(XMLSignatureFactory factory, Element signature) {
        DOMValidateContext context = new DOMValidateContext(NO_KEY, signature);
        // Read only: nothing is resolved or run here. Secure validation would refuse SHA-1 before it could be checked.
        context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.FALSE);
        try {
            return Optional.of(factory.unmarshalXMLSignature(context));
        } catch (MarshalException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean checkable(Reference reference, Element root) {
        String uri = reference.getURI();
        boolean wholeAlert =
                "".equals(uri) || (uri != null && uri.startsWith("#") && idOf(root, uri.substring(1)) != null);
        return wholeAlert
                && reference.getTransforms().stream()
                        .allMatch(t -> SAFE_TRANSFORMS.contains(((Transform) t).getAlgorithm()));
    }

    /** Whether the reference digests right in one of the views of the document; true when it cannot be computed. */
    private static boolean digestMatches(
            Document document, int signature, int reference, int count, XMLSignatureFactory factory) {
        boolean computed = false;
        for (Set<Integer> removed : views(signature, count)) {
            for (Whitespace around : Whitespace.values()) {
                Document view = (Document) document.cloneNode(true);
                List<Element> copies = CapSignatureVerifier.signatures(view);
                Element own = copies.get(signature);
                removed.forEach(j -> around.remove(copies.get(j)));
                Optional<XMLSignature> copy = read(factory, own);
                if (copy.isEmpty()) {
                    continue;
                }
                Reference ref =
                        (Reference) copy.get().getSignedInfo().getReferences().get(reference);
                if (ref.getURI().startsWith("#")) {
                    Attr id = idOf(view.getDocumentElement(), ref.getURI().substring(1));
                    view.getDocumentElement().setIdAttributeNode(id, true);
                }
                DOMValidateContext context = new DOMValidateContext(NO_KEY, own);
                context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.FALSE);
                try {
                    if (ref.validate(context)) {
                        return true;
                    }
                    computed = true;
                } catch (XMLSignatureException | RuntimeException e) {
                    // A digest the JDK cannot compute: this view says nothing.
                }
                if (removed.isEmpty()) {
                    break;
                }
            }
        }
        return !computed;
    }

    /** Which other signatures each signer may not have seen: all others, the later ones, the earlier ones. */
    private static Set<Set<Integer>> views(int signature, int count) {
        Set<Set<Integer>> views = new LinkedHashSet<>();
        views.add(Set.copyOf(others(signature, count, 0, count)));
        views.add(Set.copyOf(others(signature, count, signature + 1, count)));
        views.add(Set.copyOf(others(signature, count, 0, signature)));
        return views;
    }

    private static List<Integer> others(int signature, int count, int from, int to) {
        return IntStream.range(from, to)
                .filter(j -> j != signature && j < count)
                .boxed()
                .toList();
    }

    /** A signature removed from a view, with the line break a signer may have added with it, before or after. */
    private enum Whitespace {
        NONE,
        BEFORE,
        AFTER;

        void remove(Element signature) {
            Node neighbour = this == BEFORE ? signature.getPreviousSibling() : signature.getNextSibling();
            if (this != NONE
                    && neighbour != null
                    && neighbour.getNodeType() == Node.TEXT_NODE
                    && neighbour.getNodeValue().isBlank()) {
                neighbour.getParentNode().removeChild(neighbour);
            }
            signature.getParentNode().removeChild(signature);
        }
    }

    private static boolean signatureValueMatches(XMLSignature signature, Element element, Key key) {
        DOMValidateContext context = new DOMValidateContext(KeySelector.singletonKeySelector(key), element);
        context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.FALSE);
        try {
            return signature.getSignatureValue().validate(context);
        } catch (XMLSignatureException | RuntimeException e) {
            // An algorithm the JDK cannot evaluate, or a key of the wrong kind: not a mismatch, only unchecked.
            return true;
        }
    }

    /** The public key a signature carries: its first X.509 certificate, or else its {@code KeyValue}. */
    private static Optional<Key> ownKey(KeyInfo info) {
        if (info == null) {
            return Optional.empty();
        }
        List<Key> keys = new ArrayList<>();
        for (Object content : info.getContent()) {
            if (content instanceof X509Data data) {
                data.getContent().stream()
                        .filter(X509Certificate.class::isInstance)
                        .map(c -> ((X509Certificate) c).getPublicKey())
                        .findFirst()
                        .ifPresent(keys::add);
            } else if (content instanceof KeyValue value) {
                try {
                    keys.add(value.getPublicKey());
                } catch (java.security.KeyException | RuntimeException e) {
                    // A key of a kind the JDK does not know: nothing to check with.
                }
            }
        }
        return keys.stream().findFirst();
    }

    /** The root's id attribute with this value, if it has one. */
    static Attr idOf(Element root, String value) {
        NamedNodeMap attributes = root.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            if (a.getNamespaceURI() == null
                    && a.getLocalName().equalsIgnoreCase("id")
                    && a.getValue().equals(value)) {
                return a;
            }
        }
        return null;
    }

    static List<Element> elements(NodeList found) {
        return IntStream.range(0, found.getLength())
                .mapToObj(i -> (Element) found.item(i))
                .toList();
    }
}
